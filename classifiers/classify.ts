/**
 * The whole tagger: normalise once, then provinces, countries, regions, activities, relevance and
 * the primary province. Pure: text in, tags out, no I/O after the model is loaded.
 */
import type { ArticleText, Classification } from '../pipeline/types.ts';
import { ACTIVITY_MODEL_VERSION, ACTIVITY_RULES_VERSION, classifyActivities } from './activities.ts';
import { analyzeText } from './analyze-text.ts';
import { tagCountries } from './countries.ts';
import { GAZETTEER_VERSION } from './gazetteer.ts';
import { implicitHomeProvince } from './home-province.ts';
import { choosePrimaryProvince } from './primary-province.ts';
import { tagProvinces } from './provinces.ts';
import { tagRegions } from './regions.ts';
import { scoreRelevance } from './relevance.ts';

/** Changes whenever a gazetteer, a rule set or the model changes: stored with every tagged article. */
export const CLASSIFIER_VERSION = `${GAZETTEER_VERSION}+${ACTIVITY_RULES_VERSION}+${ACTIVITY_MODEL_VERSION}`;

/** Tags one article. Evidence offsets point into `input.title` and `input.body` as given. */
export function classify(input: ArticleText): Classification {
  const doc = analyzeText(input);
  const provinces = tagProvinces(doc);
  // An outlet's own unnamed province (`Sở Ngoại vụ tỉnh`) acts in the article: it is the primary one.
  const home = provinces.some((tag) => tag.via === 'name') ? null : implicitHomeProvince(doc);
  if (home) provinces.unshift(home);
  const countries = tagCountries(doc);
  const regions = tagRegions(doc);
  const activities = classifyActivities(doc);
  const { relevance, relevant } = scoreRelevance(doc, { provinces, countries, regions, activities });
  const primary = home ? (relevant ? home.code : null) : choosePrimaryProvince(doc, provinces, relevant);
  const tagged = provinces.map((tag) =>
    tag.code === primary && tag.via === 'name' ? { ...tag, primary: true } : tag,
  );
  // The primary province first, so a reader sees the subject before the other units named.
  tagged.sort((a, b) => Number(b.primary) - Number(a.primary));
  // Activity types are kinds of foreign-affairs work: an article that is not about foreign affairs has none
  // (a domestic festival is not a cultural exchange), as in the gold labels.
  const reported = relevant ? activities : [];
  return {
    relevance,
    relevant,
    provinces: tagged,
    countries,
    regions,
    activities: reported,
    classifierVersion: CLASSIFIER_VERSION,
  };
}
