import { describe, expect, it } from 'vitest';
import {
  TCVN3_TABLE,
  VNI_MARK_GROUPS,
  VNI_SINGLE,
  decodeLegacy,
  decodeTcvn3,
  decodeVni,
  detectLegacyEncoding,
  looksLikeTcvn3,
  looksLikeVni,
  normalizeWindows1258,
} from '../../../pipeline/extract/legacy-encodings.ts';
import { encodeTcvn3, encodeVni } from '../../fixtures/tools/legacy-encoders.ts';

const isSingleByte = (text: string): boolean => [...text].every((char) => char.charCodeAt(0) <= 0xff);

const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];

/** Every Vietnamese vowel with every tone, each inside a syllable, plus đ: 72 syllables. */
function allSyllables(): string {
  const words: string[] = [];
  for (const vowel of VOWELS) {
    for (const tone of TONES) words.push(`t${(vowel + tone).normalize('NFC')}n`);
  }
  return `${words.join(' ')} đường`;
}

const SENTENCE =
  'Đoàn công tác của tỉnh Quảng Nam đã đến thăm và làm việc với Hội hữu nghị Việt Nam - Ấn Độ, ' +
  'ký kết biên bản ghi nhớ hợp tác giáo dục, trao tặng học bổng cho sinh viên nghèo vượt khó; ' +
  'những người Việt Nam ở nước ngoài tích cực ủng hộ quê hương, góp phần xây dựng tình hữu nghị bền vững.';

describe('legacy encoders built from the module tables', () => {
  it('cover every precomposed Vietnamese letter in VNI, both cases', () => {
    const letters = allSyllables();
    for (const text of [letters, letters.toUpperCase()]) {
      const encoded = encodeVni(text);
      expect(isSingleByte(encoded)).toBe(true);
      expect(decodeVni(encoded)).toBe(text);
    }
  });

  it('cover every lower-case Vietnamese letter in TCVN3', () => {
    const encoded = encodeTcvn3(allSyllables());
    expect(isSingleByte(encoded)).toBe(true);
    expect(decodeTcvn3(encoded)).toBe(allSyllables());
  });
});

describe('decodeVni', () => {
  it.each([
    ['a long sentence', SENTENCE],
    ['the sentence in capitals', SENTENCE.toUpperCase()],
    ['the sentence with leading capitals', SENTENCE.replace(/(^|\s)(\p{Ll})/gu, (_m, s: string, c: string) => s + c.toUpperCase())],
  ])('round-trips %s', (_name, text) => {
    expect(decodeVni(encodeVni(text))).toBe(text);
  });

  it.each([
    ['Ñaø Naüng', 'Đà Nẵng'],
    ['Vieät Nam', 'Việt Nam'],
    ['ngöôøi', 'người'],
    ['ñöôïc', 'được'],
    ['HOÄI HÖÕU NGHÒ', 'HỘI HỮU NGHỊ'],
    ['kyù keát', 'ký kết'],
    ['<p class="sapo">Tænh</p>', '<p class="sapo">Tỉnh</p>'],
  ])('reads %s as %s', (vni, unicode) => {
    expect(decodeVni(vni)).toBe(unicode);
  });

  it('returns NFC', () => {
    expect(decodeVni('Vieät').normalize('NFC')).toBe(decodeVni('Vieät'));
  });
});

describe('decodeTcvn3', () => {
  const representable = SENTENCE.replace('Ấn Độ', 'Hàn Quốc');

  it('round-trips a long sentence whose capitals are untoned or Ă Â Ê Ô Ơ Ư Đ', () => {
    expect(decodeTcvn3(encodeTcvn3(representable))).toBe(representable);
  });

  it('reads capital toned letters back as lower case, since VN3 has no codes for them', () => {
    expect(decodeTcvn3(encodeTcvn3('Ấn Độ và Ủy ban'))).toBe('ấn Độ và ủy ban');
  });

  it.each([
    ['§µ N½ng', 'Đà Nẵng'],
    ['Hµ Néi', 'Hà Nội'],
    ['ViÖt Nam', 'Việt Nam'],
    ['ng\u00adêi', 'người'],
    ['<a href="/tin-tuc">Tin tøc</a>', '<a href="/tin-tuc">Tin tức</a>'],
  ])('reads %s as %s', (tcvn3, unicode) => {
    expect(decodeTcvn3(tcvn3)).toBe(unicode);
  });

  it('maps only codes of the table and leaves ASCII alone', () => {
    const ascii = 'The quick brown fox <div id="x">123</div>';
    expect(decodeTcvn3(ascii)).toBe(ascii);
    expect(Object.keys(TCVN3_TABLE).every((char) => char.charCodeAt(0) > 0x7f)).toBe(true);
  });
});

describe('legacy encoding detection', () => {
  const english =
    'The provincial delegation visited the sister city and signed a memorandum on education, ' +
    'trade and tourism cooperation, with scholarships for students and exchanges between schools.';
  const french =
    'La délégation provinciale est arrivée où la coopération décentralisée a commencé en août; ' +
    'le goût du café, les élèves, les universités et un coût réduit pour les échanges à Paris, déjà très appréciés.';
  const spanish = 'La delegación visitó España y aún no firmó el acuerdo con la ciudad; el año próximo habrá más intercambios.';
  const german = 'Die Delegation besuchte die Universität in München und unterzeichnete eine Vereinbarung über Schüleraustausch.';
  const long = `${SENTENCE} ${SENTENCE.replace('Quảng Nam', 'Đồng Nai')}`;

  it.each([
    ['English text', english, null],
    ['French text', french, null],
    ['Spanish text', spanish, null],
    ['German text', german, null],
    ['Unicode Vietnamese', long, null],
    ['decomposed Unicode Vietnamese', long.normalize('NFD'), null],
    ['TCVN3 Vietnamese', encodeTcvn3(long), 'tcvn3'],
    ['VNI Vietnamese', encodeVni(long), 'vni'],
    ['TCVN3 inside markup and scripts', `<html><script>var a = 1;</script><body><p>${encodeTcvn3(long)}</p></body></html>`, 'tcvn3'],
    ['VNI in capitals', encodeVni(long.toUpperCase()), 'vni'],
    ['one TCVN3 word in English', `${english} Hµ Néi`, null],
    ['one VNI word in English', `${english} Vieät`, null],
    ['empty text', '', null],
    ['UTF-8 Vietnamese read as latin-1', Buffer.from(long, 'utf8').toString('latin1'), null],
    ['UTF-8 Vietnamese read as windows-1252', new TextDecoder('windows-1252').decode(Buffer.from(long, 'utf8')), null],
  ])('classifies %s', (_name, text, expected) => {
    expect(detectLegacyEncoding(text)).toBe(expected);
    expect(looksLikeTcvn3(text)).toBe(expected === 'tcvn3');
    expect(looksLikeVni(text)).toBe(expected === 'vni');
  });

  it('scores a megabyte without spaces in bounded time', () => {
    const blob = `${'A'.repeat(500_000)}é${'b9'.repeat(250_000)}`;
    const started = performance.now();
    expect(detectLegacyEncoding(blob)).toBeNull();
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('decodes by the detected encoding', () => {
    expect(decodeLegacy(encodeTcvn3(SENTENCE.toLowerCase()), 'tcvn3')).toBe(SENTENCE.toLowerCase());
    expect(decodeLegacy(encodeVni(SENTENCE), 'vni')).toBe(SENTENCE);
  });
});

describe('normalizeWindows1258', () => {
  it('composes the separate tone marks windows-1258 decodes to', () => {
    expect(normalizeWindows1258('Vie\u0302\u0323t Nam')).toBe('Việt Nam');
  });
});

describe('VNI tables', () => {
  it('use only latin-1 characters, so every code is one byte', () => {
    const chars = [
      ...Object.keys(VNI_SINGLE),
      ...VNI_MARK_GROUPS.flatMap((group) => [...group.bases, ...Object.keys(group.marks)]),
    ];
    expect(chars.every((char) => char.charCodeAt(0) <= 0xff)).toBe(true);
  });
});
