/**
 * Bylines as Vietnamese papers print them: `An Nhi (t/h)`, `Theo TTXVN`, `PV`, `Nhóm PV`,
 * `Bài, ảnh: Minh Anh`, `Kim Hòa tổng hợp`, `(TTXVN/Vietnam+)`, an office on a government portal
 * (`Phòng Hợp tác quốc tế`), often as the last short paragraph of the body (bold, italic or
 * right-aligned). The author is kept "as printed, without (t/h)-style notes".
 */
import { foldLine, isEnglishDateLine } from './lines.ts';

/** Notes after a name that say how the piece was made, not who made it. */
const TRAILING_NOTES =
  /\s*(?:\((?:t\/h|th|tổng hợp|theo [^)]*|lược dịch|dịch|ảnh[^)]*|video[^)]*|clip[^)]*|thực hiện|ghi|[^()]{1,30})\)|[-–]\s*(?:t\/h|th)\b|\s(?:tổng hợp|lược dịch|thực hiện|ghi|biên dịch|dịch)$)\s*$/i;

/** Role labels printed before names: `Bài, ảnh:`, `Tin và ảnh:`, `Nhóm PV:`, `Tác giả:`. */
const LEADING_LABELS =
  /^(?:(?:bài|tin|ảnh|video|clip|đồ họa|thiết kế)(?:\s*(?:[,&/]|và)\s*(?:bài|tin|ảnh|video|clip|đồ họa))*|nhóm phóng viên|nhóm pv|tác giả|phóng viên|pv|người viết|thực hiện|nguồn|ghi chép|ghi)\s*[:：]\s*/i;

/** English credits: `By Jane Doe`, `Written by …`, `Posted by …`. */
const BY_PREFIX = /^(?:(?:written|posted|reported|words|story|text|reporting)\s+)?by\s+/i;

/** An English role after the name: `Jane Doe, Staff Writer`, `Nora Fielding, Courier Staff Writer`. */
const TRAILING_ROLE =
  /\s*[,|–—-]\s*(?:[\p{L}.'’&-]+\s+){0,3}(?:staff writer|writer|reporter|correspondent|editor|columnist|contributor|staff|journalist|producer)s?\s*$/iu;

/** Whole lines that are bylines by themselves: agency credits and staff placeholders. */
const AGENCY_LINE = /^(?:theo|nguồn)\s*[:]?\s+\S.{0,60}$/i;
const STAFF_LINE = /^(?:nhóm\s+)?(?:pv|ptv|btv|ctv|phóng viên)(?:\s*[-–,]\s*(?:pv|ptv|btv|ctv))*\.?$/i;

const NAME_WORD = /^(?:[\p{Lu}][\p{L}'’.+-]*|[\p{Lu}]{2,}[+]?|\p{Lu}\.)$/u;

/** Strips notes, labels and wrapping: `An Nhi (t/h)` → `An Nhi`, `(TTXVN/Vietnam+)` → `TTXVN/Vietnam+`. */
export function cleanByline(raw: string): string {
  let s = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  s = s.replace(/^[-–—\s]+|[\s.,;:–—-]+$/g, '');
  if (/^\([^()]+\)$/.test(s)) s = s.slice(1, -1).trim();
  for (let i = 0; i < 3; i++) {
    const before = s;
    s = s.replace(TRAILING_NOTES, '').replace(LEADING_LABELS, '').replace(BY_PREFIX, '').replace(TRAILING_ROLE, '').trim();
    if (s === before) break;
  }
  return s.replace(/[\s.,;:–—-]+$/g, '').trim();
}

/**
 * True when a short line reads as a byline: a name or a few (`Kim Hòa`, `XUÂN LONG`,
 * `Minh Anh - Hải Yến`), an agency credit (`Theo TTXVN`), a staff credit (`PV`, `Nhóm PV`), or a
 * labelled credit (`Bài, ảnh: …`). With `signature` (the line is set apart: bold, italic or
 * right-aligned, or sits in an author element) an office name (`Văn phòng Sở`) is accepted too.
 * Sentences (a full stop inside, more than ~8 words) are not bylines.
 */
export function looksLikeByline(line: string, signature = false): boolean {
  const t = line.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!t || t.length > 80) return false;
  if (STAFF_LINE.test(t) || AGENCY_LINE.test(t)) return t.split(' ').length <= 8;
  if (LEADING_LABELS.test(t)) return cleanByline(t).length > 1 && cleanByline(t).length <= 60;
  const cleaned = cleanByline(t);
  // Sentence punctuation, not the dots of initials (`T.VY`, `Ng. Hà`).
  if (!cleaned || /[!?"“”]|:\s*\S|\.\s+\p{Ll}/u.test(cleaned)) return false;
  if (signature && cleaned.length <= 50 && cleaned.split(' ').length <= 7 && /^[\p{Lu}(]/u.test(cleaned)) return true;
  const names = cleaned.split(/\s*(?:[-–,&/]|\bvà\b|\band\b)\s*/u).filter(Boolean);
  if (names.length === 0 || names.length > 4) return false;
  return names.every((name) => {
    const words = name.split(' ');
    return words.length <= 5 && words.every((w) => NAME_WORD.test(w)) && (words.length > 1 || /^\p{Lu}{2,}/u.test(name));
  });
}

/** The author to store from a byline line: agency credits keep their agency (`Theo TTXVN` → `TTXVN`). */
export function authorFromByline(line: string): string | null {
  const t = cleanByline(line);
  const agency = /^(?:theo|nguồn)\s*:?\s+(.+)$/i.exec(t);
  const author = (agency ? agency[1]! : t).trim();
  return author || null;
}

/** Cells and list items hold short capitalised phrases that are not bylines. */
const TABULAR_TAGS = new Set(['td', 'th', 'li', 'dt', 'dd', 'caption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** What the byline finders need of a body line. */
export interface BylineCandidate {
  text: string;
  tag: string;
  signature: boolean;
}

/**
 * Looks at the last lines of a body for a byline. Returns the lines kept and the author found;
 * `maxTrailing` lines are examined (an agency line may follow the name).
 */
export function splitTrailingByline<T extends BylineCandidate>(lines: readonly T[], maxTrailing = 2): { lines: T[]; author: string | null } {
  const kept = [...lines];
  let author: string | null = null;
  for (let i = 0; i < maxTrailing && kept.length > 1; i++) {
    const last = kept[kept.length - 1]!;
    if (TABULAR_TAGS.has(last.tag) || !looksLikeByline(last.text, last.signature && last.text.length <= 50)) break;
    kept.pop();
    const found = authorFromByline(last.text);
    // A person above an agency line ("Theo TTXVN") is the author; the agency is kept only alone.
    if (found && (!author || AGENCY_LINE.test(cleanByline(lines[lines.length - 1]!.text)))) author = found;
  }
  return { lines: kept, author };
}

/**
 * A byline ends the article: what follows it near the end (related teasers, a service box) is
 * not body, except real `<p>` paragraphs (an editor's note, an appeal). Finds the last
 * byline-looking short line in the second half with at most `maxTail` of the text after it;
 * returns the lines without it and without the non-paragraph tail, or null when there is none.
 */
export function cutAfterByline<T extends BylineCandidate>(lines: readonly T[], maxTail = 0.35): { lines: T[]; author: string | null } | null {
  const total = lines.reduce((n, l) => n + l.text.length, 0);
  let tail = 0;
  for (let i = lines.length - 2; i > 0; i--) {
    const line = lines[i]!;
    tail += lines[i + 1]!.text.length;
    if (tail > total * maxTail) return null;
    if (i >= lines.length / 2 && line.text.length <= 40 && !TABULAR_TAGS.has(line.tag) && looksLikeByline(line.text)) {
      const kept = lines.slice(0, i);
      for (let j = i + 1; j < lines.length; j++) if (lines[j]!.tag === 'p') kept.push(lines[j]!);
      return { lines: kept, author: authorFromByline(line.text) };
    }
  }
  return null;
}

/**
 * An English byline printed above the text, as the first lines of the body ("By Jane Doe",
 * "By Nora Fielding, Courier Staff Writer"): looks at the first `maxLeading` lines. Returns the
 * lines without it and the author, or null when the body does not open with one.
 */
export function splitLeadingByline<T extends BylineCandidate>(lines: readonly T[], maxLeading = 3): { lines: T[]; author: string | null } | null {
  for (let i = 0; i < Math.min(maxLeading, lines.length - 1); i++) {
    const author = byAuthor(lines[i]!.text);
    if (author) return { lines: [...lines.slice(0, i), ...lines.slice(i + 1)], author };
  }
  return null;
}

/** The author of an English "By …" line (`By Jane Doe`, `Written by Carla Nunez`), else null. */
export function byAuthor(line: string): string | null {
  // "By Aisha Rahman | April 2, 2024": the credit before a separator.
  const t = line.trim().split(/\s+[|·•]\s+/)[0]!;
  if (t.length > 80) return null;
  if (BY_PREFIX.test(t)) return looksLikeByline(t) ? authorFromByline(t) : null;
  // "September 17th, 2023 by Gwen": a date, then the credit.
  const dated = /^(.{6,40}?)\s+by\s+(\S.*)$/i.exec(t);
  return dated && isEnglishDateLine(foldLine(dated[1]!)) && looksLikeByline(dated[2]!, true) ? authorFromByline(dated[2]!) : null;
}

/**
 * An author's note at the end of an English article: "Jane Doe is a senior writer covering…",
 * a name (two to four capitalised words) followed by "is a/an … writer/reporter/…".
 */
const AUTHOR_BIO =
  /^(?:[\p{Lu}][\p{L}'’.-]+\s+){1,3}[\p{Lu}][\p{L}'’.-]+\s+(?:is|was)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,5}(?:writer|reporter|journalist|correspondent|editor|columnist|contributor|author|producer|photographer|critic|fellow)s?\b/u;

/** True for a line that is an English author's note (see {@link AUTHOR_BIO}); at most 400 characters. */
export function isAuthorBio(text: string): boolean {
  return text.length <= 400 && AUTHOR_BIO.test(text);
}
