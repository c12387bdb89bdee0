import { describe, expect, it } from 'vitest';
import {
  CURRENT_PROVINCES,
  FORMER_PROVINCES,
  NAMED_PROVINCE_SLUGS,
} from '../../classifiers/data/provinces.ts';
import {
  CURRENT_TILES,
  FORMER_ALIASES,
  FORMER_TILES,
  type Tile,
} from '../../server/web/public/tile-layouts.js';

describe.each([
  ['the 34 current units', CURRENT_TILES, CURRENT_PROVINCES],
  ['the 63 units before 2025', FORMER_TILES, FORMER_PROVINCES],
] as const)('the tile map of %s', (_name, tiles: readonly Tile[], units) => {
  it('has one tile per unit, with the gazetteer slugs', () => {
    expect(tiles.map(([slug]) => slug).sort()).toEqual(units.map((unit) => unit.slug).sort());
  });

  it('puts no two tiles on the same square', () => {
    expect(new Set(tiles.map(([, row, col]) => `${row},${col}`)).size).toBe(tiles.length);
  });
});

describe('the 63-unit map', () => {
  it('has a tile for every slug an article can name (directly or through an alias)', () => {
    const tiles = new Set(FORMER_TILES.map(([slug]) => slug));
    for (const slug of NAMED_PROVINCE_SLUGS) expect(tiles.has(FORMER_ALIASES[slug] ?? slug), slug).toBe(true);
  });
});
