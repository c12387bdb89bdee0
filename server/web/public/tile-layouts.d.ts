/** Types of tile-layouts.js: [slug, row, col] per provincial unit. */
export type Tile = readonly [slug: string, row: number, col: number];
export const CURRENT_TILES: readonly Tile[];
export const FORMER_TILES: readonly Tile[];
export const FORMER_ALIASES: Readonly<Record<string, string>>;
