import { describe, expect, it } from 'vitest';
import { collectBlocks, collectText, joinParts } from '../../../pipeline/extract/blocks.ts';
import { parseHtml } from '../../../pipeline/extract/parse-html.ts';
import type { Element } from 'domhandler';
import { seededRandom } from '../../../pipeline/seeded-random.ts';

const B = '\uE000';

/** The rule joinParts implements, written as the chain of replacements it stands for. */
function reference(parts: string[]): string {
  return parts
    .join('')
    .replace(/([\p{L}\p{N}])\uE000+(?=[\p{L}\p{N}])/gu, '$1 ')
    .replace(/\uE000/g, '')
    .replace(/[\s\u00a0\u200b\ufeff]+/g, ' ')
    .trim();
}

// Letters (ASCII, Vietnamese, astral), digits (ASCII, superscript, fractions), marks, spaces of every kind, punctuation, surrogate halves.
const ALPHABET = ['a', 'Z', 'ệ', 'Đ', '𝐀', '7', '²', '½', '\u0301', ' ', '\n', '\t', '\u00a0', '\u2009', '\u200b', '\ufeff', '\u3000', '.', ',', '(', '-', '\ud835', '\udc00', B, B, B];

describe('joinParts', () => {
  it('reads inline boundaries between words as spaces and drops the others', () => {
    expect(joinParts(['Hà Nội', B, B, 'Hai người'])).toBe('Hà Nội Hai người');
    expect(joinParts([B, 'Đà Nẵng', B, ',', B, ' và ', B, 'Lào', B])).toBe('Đà Nẵng, và Lào');
    expect(joinParts(['  mở \n\t', '\u00a0rộng\u200b ', ''])).toBe('mở rộng');
  });

  it('agrees with the replacement chain on random mixes of letters, digits, spaces and boundaries', () => {
    const next = seededRandom(20261123);
    for (let n = 0; n < 5000; n++) {
      const parts: string[] = [];
      const count = 1 + Math.floor(next() * 6);
      for (let p = 0; p < count; p++) {
        let part = '';
        const length = Math.floor(next() * 8);
        for (let k = 0; k < length; k++) part += ALPHABET[Math.floor(next() * ALPHABET.length)]!;
        parts.push(part);
      }
      expect(joinParts(parts), JSON.stringify(parts)).toBe(reference(parts));
    }
  });
});

describe('collectBlocks', () => {
  const body = (html: string): Element => {
    const doc = parseHtml(`<html><body>${html}</body></html>`);
    const find = (n: { children?: unknown[] }): Element | null => {
      for (const c of (n.children ?? []) as Element[]) {
        if (c.name === 'body') return c;
        const inner = find(c);
        if (inner) return inner;
      }
      return null;
    };
    return find(doc)!;
  };

  it('cuts lines at block elements, keeps words apart across inline tags and marks chrome by class', () => {
    const blocks = collectBlocks(body('<p><b>Hà Nội</b>Hai <a href="#">người</a></p><div class="sidebar"><p>Tin khác</p></div><figure><img><figcaption>Ảnh: TTXVN</figcaption></figure>'));
    expect(blocks.map((b) => [b.text, b.chrome, b.caption])).toEqual([
      ['Hà Nội Hai người', false, false],
      ['Tin khác', true, false],
      ['Ảnh: TTXVN', false, true],
    ]);
  });

  it('reads a subtree as one line of text without scripts', () => {
    expect(collectText(body('<div>Xin <i>chào</i><script>var x;</script> bạn</div>'))).toBe('Xin chào bạn');
  });
});
