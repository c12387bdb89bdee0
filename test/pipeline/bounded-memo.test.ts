import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../pipeline/bounded-memo.ts';

describe('boundedMemo', () => {
  it('computes a key once while it is remembered', () => {
    const calls: string[] = [];
    const upper = boundedMemo((key) => {
      calls.push(key);
      return key.toUpperCase();
    }, 10);
    expect([upper('hòa'), upper('bình'), upper('hòa')]).toEqual(['HÒA', 'BÌNH', 'HÒA']);
    expect(calls).toEqual(['hòa', 'bình']);
  });

  it('forgets everything once full, so endless distinct keys never grow it past the bound', () => {
    const calls: string[] = [];
    const same = boundedMemo((key) => {
      calls.push(key);
      return key;
    }, 2);
    for (const key of ['a', 'b', 'c', 'a']) same(key);
    // `c` found the memory full and emptied it, so `a` is computed again.
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});
