/**
 * Bylines as Vietnamese papers print them: `An Nhi (t/h)`, `Theo TTXVN`, `PV`, `Nhóm PV`,
 * `Bài, ảnh: Minh Anh`, `Kim Hòa tổng hợp`, often as the last short paragraph of the body (bold,
 * right-aligned). The author is kept "as printed, without (t/h)-style notes".
 */

/** Notes after a name that say how the piece was made, not who made it. */
const TRAILING_NOTES =
  /\s*(?:\((?:t\/h|th|tổng hợp|theo [^)]*|lược dịch|dịch|ảnh[^)]*|video[^)]*|clip[^)]*|thực hiện|ghi)\)|[-–]\s*(?:t\/h|th)\b|\s(?:tổng hợp|lược dịch|thực hiện|ghi|biên dịch|dịch)$)\s*$/i;

/** Role labels printed before names. */
const LEADING_LABELS =
  /^(?:bài(?:\s+và)?(?:\s*[,&]\s*|\s+)ảnh|bài|ảnh|nhóm phóng viên|nhóm pv|tác giả|phóng viên|pv|người viết|thực hiện|nguồn|tin|video|clip|ghi chép|ghi)\s*[:：]\s*/i;

/** Whole lines that are bylines by themselves: agency credits and staff placeholders. */
const AGENCY_LINE = /^(?:theo|nguồn)\s*[:]?\s+\S.{0,60}$/i;
const STAFF_LINE = /^(?:nhóm\s+)?(?:pv|ptv|btv|ctv|phóng viên)(?:\s*[-–,]\s*(?:pv|ptv|btv|ctv))*\.?$/i;

const NAME_WORD = /^(?:[\p{Lu}][\p{L}'’.-]*|[\p{Lu}]{2,}|\p{Lu}\.)$/u;

/** Strips notes and labels: `An Nhi (t/h)` → `An Nhi`, `Bài, ảnh: Minh Anh` → `Minh Anh`. */
export function cleanByline(raw: string): string {
  let s = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  s = s.replace(/^[-–—\s]+|[\s.,;:–—-]+$/g, '');
  for (let i = 0; i < 3; i++) {
    const before = s;
    s = s.replace(TRAILING_NOTES, '').replace(LEADING_LABELS, '').trim();
    if (s === before) break;
  }
  return s.replace(/[\s.,;:–—-]+$/g, '').trim();
}

/**
 * True when a short line reads as a byline: a name or two (`Kim Hòa`, `XUÂN LONG`,
 * `Minh Anh - Hải Yến`), an agency credit (`Theo TTXVN`), a staff credit (`PV`, `Nhóm PV`), or a
 * labelled credit (`Bài, ảnh: …`). Sentences (a verb, a full stop inside, more than ~8 words) are not.
 */
export function looksLikeByline(line: string): boolean {
  const t = line.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!t || t.length > 80) return false;
  if (STAFF_LINE.test(t) || AGENCY_LINE.test(t)) return t.split(' ').length <= 8;
  if (LEADING_LABELS.test(t)) return true;
  const cleaned = cleanByline(t);
  if (!cleaned || /[.!?:"“”]\s*\S/.test(cleaned)) return false;
  const names = cleaned.split(/\s*(?:[-–,&/]|\bvà\b)\s*/u).filter(Boolean);
  if (names.length === 0 || names.length > 4) return false;
  return names.every((name) => {
    const words = name.split(' ');
    return words.length >= 1 && words.length <= 5 && words.every((w) => NAME_WORD.test(w)) && (words.length > 1 || /^\p{Lu}{2,}$/u.test(name));
  });
}

/** The author to store from a byline line: agency credits keep their agency (`Theo TTXVN` → `TTXVN`). */
export function authorFromByline(line: string): string | null {
  const t = cleanByline(line);
  const agency = /^(?:theo|nguồn)\s*:?\s+(.+)$/i.exec(t);
  const author = (agency ? agency[1]! : t).trim();
  return author || null;
}

/**
 * Looks at the last lines of a body for a byline. Returns the lines kept and the author found;
 * `maxTrailing` lines are examined (a photo credit or an agency line may follow the name).
 */
export function splitTrailingByline(lines: string[], maxTrailing = 2): { lines: string[]; author: string | null } {
  const kept = [...lines];
  let author: string | null = null;
  for (let i = 0; i < maxTrailing && kept.length > 1; i++) {
    const last = kept[kept.length - 1]!;
    if (!looksLikeByline(last)) break;
    kept.pop();
    const found = authorFromByline(last);
    // The name line sits above an agency/source line: prefer the person.
    if (found && (!author || /^(?:theo|nguồn)\b/i.test(author) || AGENCY_LINE.test(last) === false)) author = found;
  }
  return { lines: kept, author };
}

/**
 * A byline ends the article: what follows it near the end (related teasers, a service box) is
 * not body, except real `<p>` paragraphs (an editor's note, an appeal). Finds the last
 * byline-looking short line in the second half with at most `maxTail` of the text after it;
 * returns the lines without it and without the non-paragraph tail, or null when there is none.
 */
export function cutAfterByline(lines: string[], tags: readonly string[], maxTail = 0.35): { lines: string[]; author: string | null } | null {
  const total = lines.reduce((n, l) => n + l.length, 0);
  let tail = 0;
  for (let i = lines.length - 1; i > 0; i--) {
    const line = lines[i]!;
    if (i >= lines.length / 2 && line.length <= 40 && looksLikeByline(line) && i < lines.length - 1) {
      const kept = lines.slice(0, i);
      for (let j = i + 1; j < lines.length; j++) if (tags[j] === 'p') kept.push(lines[j]!);
      return { lines: kept, author: authorFromByline(line) };
    }
    tail += line.length;
    if (tail > total * maxTail) return null;
  }
  return null;
}
