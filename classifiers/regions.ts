/**
 * Region and bloc tags (`ASEAN`, `EU`, `western-europe`): never countries. A list such as
 * `Tây, Bắc Âu` names two regions, Western and Northern Europe, with `Âu` written once.
 */
import type { Evidence, RegionTag } from '../pipeline/types.ts';
import type { AnalyzedText } from './analyze-text.ts';
import { EUROPE_DIRECTIONS } from './data/regions.ts';
import { scanGazetteer } from './gazetteer.ts';
import { evidenceFor, tokensOf } from './match-phrases.ts';
import { gapBefore } from './token-context.ts';

const EUROPE_SUBREGIONS = new Set(Object.values(EUROPE_DIRECTIONS));

/** Region tags of one document, one per code. */
export function tagRegions(doc: AnalyzedText): RegionTag[] {
  const byCode = new Map<string, Evidence[]>();
  const add = (code: string, evidence: Evidence) => {
    const list = byCode.get(code) ?? [];
    if (list.length < 8) list.push(evidence);
    byCode.set(code, list);
  };
  for (const match of scanGazetteer(doc)) {
    if (match.value.kind !== 'region') continue;
    add(match.value.code, match.evidence);
    if (!EUROPE_SUBREGIONS.has(match.value.code)) continue;
    // Walk back over `Tây, ` / `Đông và ` before `Bắc Âu`.
    const field = doc[match.field];
    const tokens = tokensOf(field);
    let k = match.first;
    while (k > 0) {
      const gap = gapBefore(field, tokens, k);
      let prev = k - 1;
      if (/^ *$/.test(gap) && tokens.lower[prev] === 'và' && prev > 0) prev--;
      else if (!/^ *[,/] *$/.test(gap)) break;
      const code = EUROPE_DIRECTIONS[tokens.lower[prev] ?? ''];
      if (!code || !tokens.capital[prev]) break;
      add(code, evidenceFor(field, match.field, prev, match.last));
      k = prev;
    }
  }
  return [...byCode.entries()].map(([code, evidence]) => ({ code, confidence: 0.9, method: 'gazetteer' as const, evidence }));
}
