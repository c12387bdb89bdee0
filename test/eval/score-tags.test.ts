import { describe, expect, it } from 'vitest';
import type { GoldLabels } from './corpus.ts';
import { diffDoc, prf, scoreGroup, type PredictedLabels } from './score-tags.ts';

const gold = (over: Partial<GoldLabels>): GoldLabels => ({
  relevant: true,
  province_primary: null,
  provinces: [],
  countries: [],
  activities: [],
  ...over,
});
const out = (over: Partial<PredictedLabels>): PredictedLabels => ({
  relevant: true,
  relevance: 0.9,
  province_primary: null,
  provinces: [],
  countries: [],
  activities: [],
  ...over,
});

describe('tag scoring', () => {
  it('computes micro precision, recall and F1 over all documents', () => {
    const scores = scoreGroup(
      [
        { gold: gold({ countries: ['LA', 'US'] }), predicted: out({ countries: ['LA'] }) },
        { gold: gold({ countries: [] }), predicted: out({ countries: ['FR'] }) },
      ],
      [],
    );
    expect(scores.countries.precision).toBeCloseTo(0.5);
    expect(scores.countries.recall).toBeCloseTo(0.5);
    expect(scores.countries.f1).toBeCloseTo(0.5);
  });

  it("maps provinces onto today's units for the second view", () => {
    const scores = scoreGroup(
      [{ gold: gold({ provinces: ['quang-nam'] }), predicted: out({ provinces: ['da-nang'] }) }],
      [],
    );
    expect(scores.provinces.f1).toBe(0);
    expect(scores.provincesCurrent.f1).toBe(1);
  });

  it('counts a null primary province as a value that must match', () => {
    const scores = scoreGroup(
      [
        { gold: gold({ province_primary: null }), predicted: out({ province_primary: null }) },
        { gold: gold({ province_primary: null }), predicted: out({ province_primary: 'ha-noi' }) },
      ],
      [],
    );
    expect(scores.primaryAccuracy).toBe(0.5);
  });

  it('scores relevance as precision and recall of relevant=true', () => {
    const scores = scoreGroup(
      [
        { gold: gold({ relevant: true }), predicted: out({ relevant: true }) },
        { gold: gold({ relevant: false }), predicted: out({ relevant: true }) },
        { gold: gold({ relevant: true }), predicted: out({ relevant: false }) },
        { gold: gold({ relevant: false }), predicted: out({ relevant: false }) },
      ],
      [],
    );
    expect(scores.relevance.precision).toBe(0.5);
    expect(scores.relevance.recall).toBe(0.5);
    expect(scores.relevance.accuracy).toBe(0.5);
  });

  it('averages activity F1 per code for the macro score, over codes that occur', () => {
    const scores = scoreGroup(
      [{ gold: gold({ activities: ['aid', 'plan'] }), predicted: out({ activities: ['aid'] }) }],
      ['aid', 'plan', 'border'],
    );
    expect(scores.activitiesMicro.recall).toBeCloseTo(0.5);
    expect(scores.activitiesMacroF1).toBeCloseTo(0.5);
  });

  it('lists what a document missed and added', () => {
    const diff = diffDoc(
      gold({ relevant: true, activities: ['aid'], countries: ['LA'] }),
      out({ relevant: false, activities: ['plan'], countries: ['LA'] }),
    );
    expect(diff.fields.activities).toEqual({ missed: ['aid'], added: ['plan'] });
    expect(diff.relevant?.gold).toBe(true);
    expect(diff.errors).toBe(3);
  });

  it('scores an empty denominator as perfect rather than dividing by zero', () => {
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });
});
