/**
 * Dates as Vietnamese pages print them, stored as ISO 8601 in Asia/Ho_Chi_Minh (+07:00, no DST).
 *
 * Which date wins (see `chooseDate`): the structured publication date (JSON-LD `datePublished`,
 * `article:published_time`, `itemprop=datePublished`) and the date printed under the title agree on
 * every page of the corpus, to the minute. When they disagree, the printed date wins: it is what
 * the reader (and the gold label, "the date the page gives") sees, while structured dates on
 * Vietnamese CMSs are often template leftovers (a category's date, the time of a re-save, a UTC
 * time without an offset). Structured data still wins when nothing trustworthy is printed, and its
 * time of day is kept when both fall on the same day but the printed one has no time.
 */

/** Vietnam has used UTC+7 without daylight saving since 1975. */
const OFFSET_MINUTES = 7 * 60;
const OFFSET = '+07:00';

/** A calendar moment read from text; `hasTime` is false when only the day was printed. */
export interface ParsedDate {
  /** ISO 8601 with the +07:00 offset: `2022-03-21T14:30:00+07:00`. */
  iso: string;
  hasTime: boolean;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function build(y: number, mo: number, d: number, h: number | null, mi: number | null, s = 0): ParsedDate | null {
  if (y < 100) y += y >= 70 ? 1900 : 2000;
  if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  if (h !== null && (h > 23 || (mi ?? 0) > 59)) return null;
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCDate() !== d) return null; // 31/02
  const time = h === null ? '00:00:00' : `${pad(h)}:${pad(mi ?? 0)}:${pad(s)}`;
  return { iso: `${y}-${pad(mo)}-${pad(d)}T${time}${OFFSET}`, hasTime: h !== null };
}

/** Converts an instant to the ISO string in Vietnam time. */
export function toVietnamIso(date: Date): string {
  const local = new Date(date.getTime() + OFFSET_MINUTES * 60_000);
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}${OFFSET}`
  );
}

const ISO_RE =
  /(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;

/**
 * Reads a machine date (`2022-03-21T14:30:00+07:00`, `2022-03-21 14:30 +07:00`, `…Z`, no offset).
 * A time without an offset is Vietnam time: Vietnamese CMSs print local time without the offset.
 */
export function parseIsoDate(text: string | null | undefined): ParsedDate | null {
  if (!text) return null;
  const m = ISO_RE.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s, zone] = m;
  if (h === undefined) return build(+y!, +mo!, +d!, null, null);
  if (!zone) return build(+y!, +mo!, +d!, +h, +mi!, s ? +s : 0);
  const z = zone === 'Z' ? '+00:00' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
  const instant = new Date(`${y}-${pad(+mo!)}-${pad(+d!)}T${pad(+h)}:${mi}:${s ?? '00'}${z}`);
  if (Number.isNaN(instant.getTime())) return null;
  return { iso: toVietnamIso(instant), hasTime: true };
}

// Day first, as Vietnamese pages print it: 21/03/2022, 21-3-2022, 21.03.2022.
const DMY = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})(?!\d)/;
const TIME = /(?<!\d)(\d{1,2})\s*(?:[:h]|giờ)\s*(\d{2})(?:\s*(?:[:']|phút)?\s*(\d{2}))?(?!\d)\s*(am|pm|sa|ch)?/i;
const VI_MONTH = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/i;
const RELATIVE = /(\d+)\s*(giây|phút|giờ|tiếng|ngày|tuần)\s*trước/i;
// English pages: `May 3, 2024`, `Sept. 3 2024`, `3 May 2024`, `3rd of May, 2024`.
const MONTH_NAME = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const EN_MDY = new RegExp(`\\b(${MONTH_NAME})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'i');
const EN_DMY = new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_NAME})\\.?,?\\s+(\\d{4})(?!\\d)`, 'i');

/** The month (1–12) of an English month name or its abbreviation. */
function monthNumber(name: string): number {
  return ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/**
 * Reads a date as printed on a Vietnamese page: `Thứ hai, 21/03/2022 - 14:30`,
 * `21/3/2022 14:30 GMT+7`, `Chủ nhật, 15/05/2022, 08:00 (GMT+7)`, `14:30 ngày 21-03-2022`,
 * `Cập nhật: …`, `ngày 21 tháng 3 năm 2022`, `21.03.2022`, ISO forms, and relative ones
 * (`2 giờ trước`, `30 phút trước`, `hôm qua`) measured from `now` (the fetch time).
 */
export function parseVietnameseDate(text: string, now?: Date): ParsedDate | null {
  const t = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!t) return null;
  const iso = ISO_RE.exec(t);
  if (iso && /\d{4}-\d{1,2}-\d{1,2}/.test(iso[0])) return parseIsoDate(iso[0]);

  let day: [number, number, number] | null = null;
  let rest = t;
  const dmy = DMY.exec(t);
  const words = VI_MONTH.exec(t);
  if (dmy) {
    day = [+dmy[3]!, +dmy[2]!, +dmy[1]!];
    rest = t.slice(0, dmy.index) + ' ' + t.slice(dmy.index + dmy[0].length);
  } else if (words) {
    day = [+words[3]!, +words[2]!, +words[1]!];
    rest = t.slice(0, words.index) + ' ' + t.slice(words.index + words[0].length);
  } else {
    const mdy = EN_MDY.exec(t);
    const edmy = mdy ? null : EN_DMY.exec(t);
    if (mdy) day = [+mdy[3]!, monthNumber(mdy[1]!), +mdy[2]!];
    else if (edmy) day = [+edmy[3]!, monthNumber(edmy[2]!), +edmy[1]!];
    const m = mdy ?? edmy;
    if (m) rest = t.slice(0, m.index) + ' ' + t.slice(m.index + m[0].length);
  }
  if (day) {
    const time = TIME.exec(rest);
    if (!time) return build(day[0], day[1], day[2], null, null);
    let hour = +time[1]!;
    const suffix = time[4]?.toLowerCase();
    if ((suffix === 'pm' || suffix === 'ch') && hour < 12) hour += 12;
    if ((suffix === 'am' || suffix === 'sa') && hour === 12) hour = 0;
    return build(day[0], day[1], day[2], hour, +time[2]!, time[3] ? +time[3] : 0);
  }
  if (!now) return null;
  const rel = RELATIVE.exec(t);
  if (rel) {
    const unitMinutes: Record<string, number> = { giây: 1 / 60, phút: 1, giờ: 60, tiếng: 60, ngày: 1440, tuần: 10080 };
    const minutes = +rel[1]! * (unitMinutes[rel[2]!.toLowerCase()] ?? 0);
    return { iso: toVietnamIso(new Date(now.getTime() - minutes * 60_000)), hasTime: minutes < 1440 };
  }
  const shift = /hôm qua/i.test(t) ? 1 : /hôm kia/i.test(t) ? 2 : /hôm nay/i.test(t) ? 0 : null;
  if (shift === null) return null;
  const [y, mo, d] = toVietnamIso(new Date(now.getTime() - shift * 86_400_000)).slice(0, 10).split('-').map(Number);
  const time = TIME.exec(t);
  return build(y!, mo!, d!, time ? +time[1]! : null, time ? +time[2]! : null);
}

/** Finds the first date-looking phrase in a longer text (a byline line, an article header). */
export function findDateInText(text: string, now?: Date): ParsedDate | null {
  const t = text.replace(/\s+/g, ' ');
  const anchor =
    /\d{4}-\d{1,2}-\d{1,2}|(?<!\d)\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}(?!\d)|ngày\s+\d{1,2}\s+tháng|\d+\s*(?:giây|phút|giờ|tiếng|ngày|tuần)\s*trước|hôm qua|hôm kia/i.exec(t) ??
    EN_MDY.exec(t) ??
    EN_DMY.exec(t);
  if (!anchor) return null;
  // Keep a window around the anchor so a time printed before the day (`14:30 ngày 21-03-2022`) is seen.
  const from = Math.max(0, anchor.index - 12);
  return parseVietnameseDate(t.slice(from, anchor.index + anchor[0].length + 24), now);
}

/** Candidate dates of one page, by where they were found. */
export interface DateCandidates {
  structuredPublished: ParsedDate | null;
  structuredModified: ParsedDate | null;
  /** The date printed near the title (site profile selector or article header). */
  visible: ParsedDate | null;
}

/** Picks the publication date; see the module comment for why the printed date wins a disagreement. */
export function chooseDate(c: DateCandidates): ParsedDate | null {
  const { structuredPublished: s, visible: v } = c;
  if (s && v) {
    if (s.iso.slice(0, 10) !== v.iso.slice(0, 10)) return v;
    if (!v.hasTime) return s;
    return v.iso.slice(0, 16) === s.iso.slice(0, 16) ? s : v;
  }
  return s ?? v ?? c.structuredModified;
}
