import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { charsetFromContentType, charsetFromMeta, decodeHtml } from '../../../pipeline/extract/decode.ts';

/** Windows-1258 keeps ă, â, ê, ô, ơ, ư precomposed and writes tone marks as combining characters. */
function encodeWindows1258(text: string): Buffer {
  const tones = /[\u0300\u0301\u0303\u0309\u0323]/g;
  const split = [...text.normalize('NFC')]
    .map((ch) => {
      const nfd = ch.normalize('NFD');
      const marks = nfd.match(tones)?.join('') ?? '';
      return nfd.replace(tones, '').normalize('NFC') + marks;
    })
    .join('');
  return iconv.encode(split, 'windows-1258');
}

const TEXT = 'Đà Nẵng tăng cường hợp tác với các địa phương của Lào và Nhật Bản trong năm tới.';
const page = (head: string) => `<html><head>${head}<title>Tin</title></head><body><p>${TEXT}</p></body></html>`;

describe('decodeHtml', () => {
  it('reads the charset from the Content-Type header first', () => {
    const bytes = new Uint8Array(encodeWindows1258(page('')));
    const result = decodeHtml(bytes, { contentType: 'text/html; charset=windows-1258' });
    expect(result.ok && result.source).toBe('header');
    expect(result.ok && result.html).toContain(TEXT);
  });

  it('reads <meta charset> and <meta http-equiv> when the header has none', () => {
    for (const head of ['<meta charset="windows-1258">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">']) {
      const result = decodeHtml(new Uint8Array(encodeWindows1258(page(head))), { contentType: 'text/html' });
      expect(result.ok && result.charset).toBe('windows-1258');
      expect(result.ok && result.html).toContain(TEXT);
    }
  });

  it('gives NFC text for windows-1258, whose tone marks are combining characters', () => {
    const result = decodeHtml(new Uint8Array(encodeWindows1258(page('<meta charset="windows-1258">'))));
    expect(result.ok && result.html).toBe(result.ok && result.html.normalize('NFC'));
  });

  it('honours a byte order mark over a wrong declaration', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(page('<meta charset="iso-8859-1">'), 'utf8')]);
    const result = decodeHtml(bytes);
    expect(result.ok && result.source).toBe('bom');
    expect(result.ok && result.html).toContain(TEXT);
  });

  it('trusts valid UTF-8 bytes over a stale single-byte declaration', () => {
    const result = decodeHtml(new Uint8Array(Buffer.from(page('<meta charset="windows-1252">'), 'utf8')));
    expect(result.ok && result.charset).toBe('utf-8');
    expect(result.ok && result.html).toContain(TEXT);
  });

  it('sniffs an undeclared single-byte Vietnamese page', () => {
    const result = decodeHtml(new Uint8Array(encodeWindows1258(page(''))));
    expect(result.ok && result.source).toBe('sniffed');
    expect(result.ok && result.html).toContain('hợp tác');
  });

  it('converts an undeclared TCVN3 page to Unicode', async () => {
    // The encoder is the fixtures' (H4); the page declares nothing, as old portals do.
    const { encodeTcvn3 } = await import('../../fixtures/tools/legacy-encoders.ts');
    const bytes = new Uint8Array(Buffer.from(page('').replace(TEXT, encodeTcvn3(TEXT)), 'latin1'));
    const result = decodeHtml(bytes);
    expect(result.ok && result.charset).toBe('tcvn3');
    expect(result.ok && result.html).toContain(TEXT);
  });

  it.each([
    ['an empty body', new Uint8Array(0), /empty/],
    ['binary bytes', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /binary/],
    ['an image content type', new Uint8Array(Buffer.from('GIF89a')), /content type image\/gif/],
  ])('refuses %s with a reason', (_name, bytes, reason) => {
    const result = decodeHtml(bytes, { contentType: _name === 'an image content type' ? 'image/gif' : null });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(reason);
  });

  it('refuses a page over the size limit without reading it', () => {
    const result = decodeHtml(new Uint8Array(2048), { maxBytes: 1024 });
    expect(!result.ok && result.error).toMatch(/too large/);
  });
});

describe('charset declarations', () => {
  it.each([
    ['text/html; charset=UTF-8', 'utf-8'],
    ['text/html; charset="windows-1258"', 'windows-1258'],
    ['text/html; charset=iso-8859-1', 'windows-1252'],
    ['text/html', null],
    ['text/html; charset=no-such-charset', null],
  ])('reads %j as %j', (header, charset) => {
    expect(charsetFromContentType(header)).toBe(charset);
  });

  it('finds the meta declaration in the first bytes', () => {
    expect(charsetFromMeta(new Uint8Array(Buffer.from('<html><head><meta charset=utf8></head>')))).toBe('utf-8');
  });
});
