/**
 * The primary province: the one unit whose actors carry out the activity. Read like an editor:
 * a unit named in the headline is the subject; otherwise the unit whose authorities act
 * (`UBND tỉnh X`, `Sở Ngoại vụ X`, `Liên hiệp các tổ chức hữu nghị X`) or that hosts the event in
 * the lead (`tại thành phố Sơn La`). National-level articles (the Prime Minister, a ministry,
 * Viet Nam as the subject) have none, and neither has an article that is not relevant.
 * Hà Nội hosts national events, so it needs its own authorities acting, not just the venue.
 */
import type { ProvinceTag } from '../pipeline/types.ts';
import type { AnalyzedText } from './analyze-text.ts';
import {
  NATIONAL_LEAD_ACTORS,
  NATIONAL_TITLE_MARKERS,
  PROVINCIAL_ACTOR_PHRASES,
  PROVINCIAL_ACTOR_VERBS,
} from './data/province-names.ts';
import { tokensOf } from './match-phrases.ts';
import { foldDiacritics, normalizeField } from './normalize.ts';
import { provinceMentions, type ProvinceMention } from './provinces.ts';
import { gapBefore, joinedBySpace, wordsAt, wordsBefore } from './token-context.ts';

/** Characters of the body read as the lead. */
const LEAD_CHARS = 500;
const CAPITAL = 'ha-noi';

const actorPhrases = PROVINCIAL_ACTOR_PHRASES.map((p) => normalizeField(p).normalized);
/** Unit words between a body and its unit's name (`UBND tỉnh X`, `Thành ủy thành phố X`), with their length in words. */
const UNIT_WORDS_BEFORE = ['tỉnh', 'thành phố', 'tp'].map((words) => ({ words, length: words.split(' ').length }));
// Looked up by the words just before a unit: one string per phrase length, not one per phrase.
const actorPhraseSet = new Set(actorPhrases);
const actorPhraseLengths = [...new Set(actorPhrases.map((phrase) => phrase.split(' ').length))];
const actorVerbs = PROVINCIAL_ACTOR_VERBS.map((p) => normalizeField(p).normalized);
const nationalMarkers = NATIONAL_TITLE_MARKERS.map((p) => foldDiacritics(p));
const nationalLeadActors = NATIONAL_LEAD_ACTORS.map((p) => ` ${foldDiacritics(p).replace(/[^\p{L}\p{N}]+/gu, ' ')} `);

/**
 * How surely the unit acts in this mention: 3 when its own authorities or organisations stand right
 * before it (`UBND tỉnh X`), 2 when an action verb follows it (`tỉnh X tổ chức`), else 0.
 */
function actorStrength(doc: AnalyzedText, mention: ProvinceMention): number {
  const field = doc[mention.match.field];
  const tokens = tokensOf(field);
  const first = mention.match.first;
  const before = wordsBefore(tokens, first, Math.min(6, first));
  if (actorPhrases.some((phrase) => ` ${before} `.includes(` ${phrase} `))) return 3;
  // A body with a long name right before the unit and its unit word, which the six words above
  // cut off: `Liên hiệp các tổ chức hữu nghị tỉnh X`, `Bộ Chỉ huy Bộ đội Biên phòng tỉnh X`.
  const unitWords = UNIT_WORDS_BEFORE.find((unit) => wordsBefore(tokens, first, unit.length) === unit.words);
  const end = first - (unitWords ? unitWords.length : 0);
  if (actorPhraseLengths.some((length) => actorPhraseSet.has(wordsBefore(tokens, end, length)))) return 3;
  const last = mention.match.last;
  const acts = joinedBySpace(field, tokens, last) && actorVerbs.some((verb) => wordsAt(tokens, last, verb.split(' ').length) === verb);
  return acts ? 2 : 0;
}

/** The mention is where the event happens: `tại X`, `ở X`, `(X)`. */
function isVenueMention(doc: AnalyzedText, mention: ProvinceMention): boolean {
  const field = doc[mention.match.field];
  const tokens = tokensOf(field);
  const k = mention.match.first;
  const one = wordsBefore(tokens, k, 1);
  const three = wordsBefore(tokens, k, 3);
  return one === 'tại' || one === 'ở' || /(tại|ở) (thành phố|tp|tỉnh)$/.test(three) || /\( *$/.test(gapBefore(field, tokens, k));
}

function inLead(doc: AnalyzedText, mention: ProvinceMention): boolean {
  if (mention.match.field === 'title') return false;
  return (tokensOf(doc.body).start[mention.match.first] ?? Infinity) < LEAD_CHARS;
}

/** The headline makes the article national-level. */
function hasNationalTitle(doc: AnalyzedText): boolean {
  const title = ` ${doc.title.folded.replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  if (/^ viet nam /.test(title)) return true;
  return nationalMarkers.some((marker) => title.includes(` ${marker} `));
}

/**
 * Chooses the primary province among the named units of `tags` and returns its slug, or null.
 * `relevant` is the relevance decision: an article that is not about foreign affairs has no primary.
 */
export function choosePrimaryProvince(doc: AnalyzedText, tags: readonly ProvinceTag[], relevant: boolean): string | null {
  const named = new Set(tags.filter((t) => t.via === 'name').map((t) => t.code));
  if (!relevant || named.size === 0) return null;
  const mentions = provinceMentions(doc);
  const titleUnits = new Set(mentions.filter((m) => m.match.field === 'title').map((m) => m.slug));
  const actors = new Map<string, number>();
  for (const m of mentions) {
    if (m.via !== 'name') continue;
    actors.set(m.slug, Math.max(actors.get(m.slug) ?? 0, actorStrength(doc, m)));
  }
  // `… tại Hà Nội` in a headline is the capital as a venue of a national event, unless its own
  // authorities act in the article.
  const capitalAsVenue = (m: ProvinceMention) => m.slug === CAPITAL && isVenueMention(doc, m) && !(actors.get(CAPITAL) ?? 0);
  const titleNamed = [
    ...new Set(mentions.filter((m) => m.match.field === 'title' && m.via === 'name' && !capitalAsVenue(m)).map((m) => m.slug)),
  ];

  if (titleNamed.length > 0) {
    if (titleUnits.size === 1 || (titleNamed.length === 1 && titleUnits.size === 2 && titleUnits.has(CAPITAL))) {
      return titleNamed[0] ?? null;
    }
    // Several units in the headline (`tại Lào Cai và Phủ Lý`): only one whose authorities act.
    const acting = titleNamed.filter((slug) => (actors.get(slug) ?? 0) > 0);
    return acting.length === 1 ? (acting[0] ?? null) : null;
  }
  const home = doc.homeProvince ?? null;
  if (hasNationalTitle(doc)) {
    // A provincial outlet's own article on a national subject (`công tác người Việt Nam ở nước ngoài`)
    // is its province's work, unless another unit's authorities act in it.
    const otherActor = [...named].some((slug) => slug !== home && (actors.get(slug) ?? 0) > 0);
    return home !== null && named.has(home) && !otherActor ? home : null;
  }
  const lead = ` ${doc.body.folded.slice(0, LEAD_CHARS).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const nationalLead = nationalLeadActors.some((marker) => lead.includes(marker));

  const titlePlaces = new Set(mentions.filter((m) => m.match.field === 'title' && m.via === 'place').map((m) => m.slug));
  const scores = new Map<string, number>();
  const total = mentions.filter((m) => m.via === 'name').length;
  for (const slug of named) {
    const own = mentions.filter((m) => m.slug === slug && m.via === 'name');
    let score = own.length / Math.max(1, total);
    score += actors.get(slug) ?? 0;
    if (slug !== CAPITAL && !nationalLead && own.some((m) => inLead(doc, m) && isVenueMention(doc, m))) score += 2;
    if (slug !== CAPITAL && !nationalLead && own.some((m) => inLead(doc, m))) score += 1;
    if (titlePlaces.has(slug)) score += 2; // a place of this unit is in the headline (`Hội An`)
    if (slug === home) score += 2;
    scores.set(slug, score);
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const [best, runnerUp] = ranked;
  if (!best || best[1] < 1.5) return null;
  if (runnerUp && runnerUp[1] === best[1]) return null;
  return best[0];
}
