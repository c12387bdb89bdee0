/**
 * A provincial outlet often writes about its own province without naming it: `Sở Ngoại vụ tỉnh
 * tổ chức…`, `UBND tỉnh tiếp…`. When the source's home province is known and the article names no
 * unit at all, such a phrase stands for the home province. The tag carries the phrase as evidence
 * and a lower confidence than a named unit.
 */
import type { ProvinceTag } from '../pipeline/types.ts';
import type { AnalyzedText } from './analyze-text.ts';
import { currentUnitOf } from './data/provinces.ts';
import { PROVINCIAL_ACTOR_PHRASES } from './data/province-names.ts';
import { normalizeField } from './normalize.ts';

const actors = PROVINCIAL_ACTOR_PHRASES.map((p) => normalizeField(p).normalized.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
/** `UBND tỉnh`, `Sở Ngoại vụ thành phố` with no capitalised name after the unit word. */
const UNNAMED_UNIT = new RegExp(`(?<![\\p{L}\\p{N}])(?:${actors.join('|')}) (?:tỉnh|thành phố)(?! +\\p{Lu})(?![\\p{L}\\p{N}])`, 'u');

/** The home province as an unnamed unit of the article, or null when the article names none that way. */
export function implicitHomeProvince(doc: AnalyzedText): ProvinceTag | null {
  const home = doc.homeProvince;
  if (!home) return null;
  for (const [fieldName, field] of [['title', doc.title], ['body', doc.body]] as const) {
    // Match on lower case for the phrase, then check the capital after it on the cased text.
    const found = UNNAMED_UNIT.exec(field.normalized);
    if (!found) continue;
    const end = found.index + found[0].length;
    if (/^ +\p{Lu}/u.test(field.cased.slice(end, end + 3))) continue;
    const span = field.toOriginal(found.index, end);
    return {
      code: home,
      current: currentUnitOf(home) ?? home,
      via: 'name',
      primary: false,
      confidence: 0.6,
      method: 'rule',
      evidence: [{ field: fieldName, start: span.start, end: span.end, text: field.original.slice(span.start, span.end) }],
    };
  }
  return null;
}
