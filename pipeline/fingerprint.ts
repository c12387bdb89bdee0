import { isWordCodePoint } from './word-chars.ts';

/**
 * Near-duplicate fingerprints. Provincial papers re-run the same agency story with a new headline,
 * a trimmed lead or a different byline; a 64-bit SimHash over word 4-shingles gives such copies
 * fingerprints a few bits apart, while unrelated stories land about 32 bits apart.
 */

const SHINGLE_WORDS = 4;

/** Fingerprint of text with no words at all. */
export const EMPTY_FINGERPRINT = '0000000000000000';

/**
 * 64-bit SimHash (16 lower-case hex characters) of the word 4-shingles of the NFC, lower-cased
 * text. Punctuation and spacing do not matter; word order does. Text of fewer than four words is
 * one shingle.
 */
export function fingerprintText(text: string): string {
  const { high, low, count } = hashWords(text.normalize('NFC').toLowerCase());
  if (count === 0) return EMPTY_FINGERPRINT;
  // Per bit, how many shingles set it; SimHash keeps the bits set by more than half.
  const setCounts = new Int32Array(64);
  const highBits = new BitCounters(setCounts, 0);
  const lowBits = new BitCounters(setCounts, 32);
  const shingles = Math.max(1, count - SHINGLE_WORDS + 1);
  const span = Math.min(SHINGLE_WORDS, count);
  for (let start = 0; start < shingles; start++) {
    let h = 0x2545f491;
    let l = 0x6b43a9b5;
    for (let k = 0; k < span; k++) {
      // Rotating by position keeps "a b c d" and "b a c d" apart.
      h = Math.imul(h ^ rotate(high[start + k] as number, k * 7), 0x01000193);
      l = Math.imul(l ^ rotate(low[start + k] as number, k * 11), 0x5bd1e995);
    }
    highBits.add(mix(h));
    lowBits.add(mix(l));
  }
  highBits.flush();
  lowBits.flush();
  let hex = '';
  for (let half = 0; half < 2; half++) {
    let value = 0;
    for (let bit = 0; bit < 32; bit++) {
      if ((setCounts[half * 32 + bit] as number) * 2 > shingles) value |= 1 << bit;
    }
    hex += (value >>> 0).toString(16).padStart(8, '0');
  }
  return hex;
}

/**
 * Splits text into words (maximal runs of letters and digits) and hashes each twice while
 * scanning, without building substrings: a regex split was most of the cost on long articles.
 */
function hashWords(text: string): { high: Uint32Array; low: Uint32Array; count: number } {
  const high = new Uint32Array((text.length + 1) >>> 1);
  const low = new Uint32Array(high.length);
  let count = 0;
  let h = 0;
  let l = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      code = text.codePointAt(i) as number;
      width = 2;
    }
    if (isWordCodePoint(code)) {
      if (!inWord) {
        inWord = true;
        h = 0x811c9dc5;
        l = 0x9747b28c;
      }
      h = Math.imul(h ^ code, 0x01000193);
      l = Math.imul(l ^ code, 0x5bd1e995);
    } else if (inWord) {
      inWord = false;
      high[count] = mix(h);
      low[count] = mix(l);
      count++;
    }
    i += width - 1;
  }
  if (inWord) {
    high[count] = mix(h);
    low[count] = mix(l);
    count++;
  }
  return { high, low, count };
}

/** Number of differing bits between two fingerprints from {@link fingerprintText} (0–64). */
export function hammingDistance(a: string, b: string): number {
  if (!isFingerprint(a) || !isFingerprint(b)) {
    throw new Error(`expected two 16-character hex fingerprints, got ${JSON.stringify(a)} and ${JSON.stringify(b)}`);
  }
  return (
    popCount(parseInt(a.slice(0, 8), 16) ^ parseInt(b.slice(0, 8), 16)) +
    popCount(parseInt(a.slice(8), 16) ^ parseInt(b.slice(8), 16))
  );
}

function isFingerprint(value: string): boolean {
  return /^[0-9a-f]{16}$/i.test(value);
}

/** murmur3's finaliser: spreads every input bit over the whole word. */
function mix(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function rotate(value: number, bits: number): number {
  const r = bits & 31;
  return r === 0 ? value : ((value << r) | (value >>> (32 - r))) >>> 0;
}

const LANES = 0x11111111;

/**
 * 32 per-bit counters (of `counts`, from `offset`) fed a word at a time, four bits in parallel:
 * each accumulator holds eight 4-bit lanes (bits k, k+4, k+8… of the words added) and is emptied
 * into the counters before a lane can pass 15. Visiting the set bits one by one took half of the
 * fingerprint's time.
 */
class BitCounters {
  private readonly lanes = [0, 0, 0, 0];
  private added = 0;

  constructor(
    private readonly counts: Int32Array,
    private readonly offset: number,
  ) {}

  /** Adds one to the counter of every bit set in `value`. */
  add(value: number): void {
    const lanes = this.lanes;
    lanes[0] = (lanes[0] as number) + (value & LANES);
    lanes[1] = (lanes[1] as number) + ((value >>> 1) & LANES);
    lanes[2] = (lanes[2] as number) + ((value >>> 2) & LANES);
    lanes[3] = (lanes[3] as number) + ((value >>> 3) & LANES);
    if (++this.added === 15) this.flush();
  }

  /** Moves what the lanes hold into the counters; call once more after the last word. */
  flush(): void {
    for (let shift = 0; shift < 4; shift++) {
      const lane = this.lanes[shift] as number;
      for (let k = 0; k < 8; k++) {
        const index = this.offset + 4 * k + shift;
        this.counts[index] = (this.counts[index] as number) + ((lane >>> (4 * k)) & 0xf);
      }
      this.lanes[shift] = 0;
    }
    this.added = 0;
  }
}

function popCount(value: number): number {
  let v = value >>> 0;
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}
