import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import jschardet from 'jschardet';
import { decodeTcvn3, decodeVni, looksLikeTcvn3, looksLikeVni } from './legacy-encodings.ts';

/** Result of turning a page's bytes into text. */
export type DecodeResult =
  | { ok: true; html: string; charset: string; source: CharsetSource }
  | { ok: false; error: string };

/** Where the charset came from, in the order they are tried. */
export type CharsetSource = 'string' | 'bom' | 'header' | 'meta' | 'utf8-valid' | 'sniffed' | 'fallback';

/** Options of {@link decodeHtml}. */
export interface DecodeOptions {
  /** The HTTP Content-Type header, when the page came over HTTP. */
  contentType?: string | null;
  /**
   * Larger inputs are refused rather than parsed: a real article page is under 2 MB.
   * @defaultValue 8 MiB
   */
  maxBytes?: number;
}

/** 8 MiB: the largest page of the corpus is 0.3 MB; anything this big is a dump, not an article. */
export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

/** Names pages declare that iconv-lite spells differently, or that mean something broader. */
const CHARSET_ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  'x-user-defined': 'windows-1252',
  'iso-8859-1': 'windows-1252', // browsers treat latin-1 as windows-1252 (WHATWG Encoding)
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  cp1258: 'windows-1258',
  'x-viet-vps': 'windows-1258',
  tcvn: 'tcvn3',
  'tcvn-5712': 'tcvn3',
  'tcvn5712-1': 'tcvn3',
  'x-viet-tcvn5712': 'tcvn3',
  vni: 'vni',
};

/** Content types that are never HTML, whatever the bytes look like. */
const NON_TEXT_TYPE = /^(image|audio|video|font)\/|^application\/(pdf|zip|gzip|octet-stream|x-tar|msword|vnd\.)/i;

/**
 * Decodes a page the way a browser would (BOM, then the HTTP header, then `<meta charset>` /
 * `<meta http-equiv>`), but checks the declaration against the bytes: a page declared UTF-8 whose
 * bytes are not valid UTF-8 is sniffed instead. The result is Unicode NFC. Pages written in the
 * TCVN3 (ABC) or VNI font encodings arrive as latin-1 text; they are recognised and converted.
 */
export function decodeHtml(input: Uint8Array | string, options: DecodeOptions = {}): DecodeResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (typeof input === 'string') {
    if (input.length > maxBytes) return { ok: false, error: tooLarge(input.length, maxBytes) };
    if (looksBinaryText(input)) return { ok: false, error: 'not a text page: the input holds binary data' };
    return finishText(input, 'utf-8', 'string');
  }
  if (input.byteLength === 0) return { ok: false, error: 'empty page: no bytes to decode' };
  if (input.byteLength > maxBytes) return { ok: false, error: tooLarge(input.byteLength, maxBytes) };
  const mime = (options.contentType ?? '').split(';')[0]?.trim() ?? '';
  if (NON_TEXT_TYPE.test(mime)) return { ok: false, error: `not a text page: content type ${mime}` };

  const bom = charsetFromBom(input);
  if (bom) return done(decodeWith(input.subarray(bom.skip), bom.charset), bom.charset, 'bom');
  if (looksBinaryBytes(input)) return { ok: false, error: 'not a text page: the bytes look binary (control characters)' };

  const fromHeader = charsetFromContentType(options.contentType);
  const declared = fromHeader ?? charsetFromMeta(input);
  const source: CharsetSource = fromHeader ? 'header' : 'meta';
  const utf8 = decodeUtf8Strict(input);
  if (declared && declared !== 'utf-8') {
    // A page declaring a single-byte charset whose bytes are valid UTF-8 with multi-byte
    // sequences was re-saved as UTF-8 and kept its old meta tag; trust the bytes.
    if (utf8 !== null && hasNonAscii(input)) return finishText(utf8, 'utf-8', 'utf8-valid', utf8MayHoldMarks(input));
    return decodeSingleByte(input, declared, source);
  }
  if (utf8 !== null) return finishText(utf8, 'utf-8', declared ? source : 'utf8-valid', utf8MayHoldMarks(input));
  return decodeSingleByte(input, sniffCharset(input) ?? 'windows-1258', declared ? source : 'sniffed');
}

/**
 * Single-byte pages: the TCVN3 and VNI font encodings hide behind windows-1252 / latin-1 (or no
 * declaration at all), so look at the windows-1252 reading first and convert when it has their
 * letter patterns; otherwise decode with the declared or sniffed charset.
 */
function decodeSingleByte(bytes: Uint8Array, charset: string, source: CharsetSource): DecodeResult {
  const latin = decodeWith(bytes, 'windows-1252');
  const sample = visibleSample(latin);
  if (charset === 'tcvn3' || looksLikeTcvn3(sample)) return done(decodeTcvn3(latin), 'tcvn3', source);
  if (charset === 'vni' || looksLikeVni(sample)) return done(decodeVni(latin), 'vni', source);
  return done(charset === 'windows-1252' ? latin : decodeWith(bytes, charset), charset, source);
}

/** Text that is already decoded: only a latin-1 reading of a legacy font page needs converting. */
function finishText(text: string, charset: string, source: CharsetSource, mayHoldMarks = true): DecodeResult {
  if (source === 'string' && /[\u0080-\u00ff]/.test(text)) {
    const sample = visibleSample(text);
    if (looksLikeTcvn3(sample)) return done(decodeTcvn3(text), 'tcvn3', source);
    if (looksLikeVni(sample)) return done(decodeVni(text), 'vni', source);
  }
  return done(text, charset, source, mayHoldMarks);
}

/** Only combining marks (windows-1258, NFD text) change under NFC here; skip the copy otherwise. */
const COMBINING = /[\u0300-\u036f]/;

function done(html: string, charset: string, source: CharsetSource, mayHoldMarks = true): DecodeResult {
  return { ok: true, html: mayHoldMarks && COMBINING.test(html) ? html.normalize('NFC') : html, charset, source };
}

/**
 * In UTF-8, U+0300–U+036F start with byte 0xCC or 0xCD, which precomposed Vietnamese never uses:
 * a byte search (memchr) rules the marks out faster than a regex over the decoded text.
 */
function utf8MayHoldMarks(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buffer.indexOf(0xcc) >= 0 || buffer.indexOf(0xcd) >= 0;
}

/** Text between tags, without scripts and styles: what the legacy detectors should look at. */
function visibleSample(html: string): string {
  const body = html.length > 400_000 ? html.slice(0, 400_000) : html;
  return body
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .slice(0, 60_000);
}

function tooLarge(size: number, max: number): string {
  return `page too large: ${(size / 1048576).toFixed(1)} MB is over the ${(max / 1048576).toFixed(1)} MB limit`;
}

function decodeWith(bytes: Uint8Array, charset: string): string {
  if (charset === 'utf-8') return new TextDecoder('utf-8').decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset);
}

/** The UTF-8 text of valid UTF-8 bytes, else null (Node's SIMD validator, then a plain decode). */
function decodeUtf8Strict(bytes: Uint8Array): string | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return isUtf8(buffer) ? buffer.toString('utf8') : null;
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
  return false;
}

function charsetFromBom(bytes: Uint8Array): { charset: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', skip: 2 };
  return null;
}

/** Normalises a declared charset name; null when it is not one we can decode. */
export function normalizeCharset(name: string | null | undefined): string | null {
  if (!name) return null;
  const lower = name.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (!lower) return null;
  const mapped = CHARSET_ALIASES[lower] ?? lower;
  if (mapped === 'tcvn3' || mapped === 'vni' || mapped === 'utf-8') return mapped;
  return iconv.encodingExists(mapped) ? mapped : null;
}

/** The `charset=` parameter of a Content-Type header. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const match = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return normalizeCharset(match?.[1]);
}

/** `<meta charset>` or `<meta http-equiv="Content-Type" content="…charset=…">` in the first 4 KB. */
export function charsetFromMeta(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(tag);
    if (direct) return normalizeCharset(direct[1]);
  }
  return null;
}

function sniffCharset(bytes: Uint8Array): string | null {
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 65536));
  const guess = jschardet.detect(sample);
  const name = normalizeCharset(guess.encoding);
  // jschardet knows no Vietnamese single-byte charset: its latin guesses on a Vietnamese page
  // are windows-1258 in practice, whose Vietnamese letters it reads as windows-1252 look-alikes.
  if (name === 'windows-1252' || name === 'iso-8859-2' || name === 'windows-1250') return 'windows-1258';
  return name;
}

/** NUL bytes or many C0 controls in the first 8 KB: an image, an archive, a PDF. */
function looksBinaryBytes(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.byteLength, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) controls++;
  }
  return controls > n * 0.02;
}

function looksBinaryText(text: string): boolean {
  const n = Math.min(text.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 0x09 || (c > 0x0d && c < 0x20) || c === 0xfffd) controls++;
  }
  return controls > n * 0.02;
}
