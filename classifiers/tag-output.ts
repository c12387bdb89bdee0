/**
 * The JSON shape of tags on the command line (contracts 1 and 2 of DESIGN.md): provinces with
 * `code`, `primary`, `current`, `via`; countries, regions and activities with `code`; every tag
 * with `confidence`, `method` and `evidence`.
 */
import type { Classification, Evidence } from '../pipeline/types.ts';

export interface TagJson {
  relevance: number;
  relevant: boolean;
  provinces: { code: string; primary: boolean; current: string; via: 'name' | 'place'; confidence: number; method: string; evidence: Evidence[] }[];
  countries: { code: string; confidence: number; method: string; evidence: Evidence[] }[];
  regions: { code: string; confidence: number; method: string; evidence: Evidence[] }[];
  activities: { code: string; confidence: number; method: string; evidence: Evidence[] }[];
  classifierVersion: string;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** A classification as printed: fields in contract order, confidences rounded to 3 decimals. */
export function tagsToJson(result: Classification): TagJson {
  const plain = (tag: { code: string; confidence: number; method: string; evidence: Evidence[] }) => ({
    code: tag.code,
    confidence: round(tag.confidence),
    method: tag.method,
    evidence: tag.evidence,
  });
  return {
    relevance: round(result.relevance),
    relevant: result.relevant,
    provinces: result.provinces.map((tag) => ({
      code: tag.code,
      primary: tag.primary,
      current: tag.current,
      via: tag.via,
      confidence: round(tag.confidence),
      method: tag.method,
      evidence: tag.evidence,
    })),
    countries: result.countries.map(plain),
    regions: result.regions.map(plain),
    activities: result.activities.map(plain),
    classifierVersion: result.classifierVersion,
  };
}
