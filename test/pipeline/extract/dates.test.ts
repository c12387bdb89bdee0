import { describe, expect, it } from 'vitest';
import { chooseDate, findDateInText, parseIsoDate, parseVietnameseDate } from '../../../pipeline/extract/dates.ts';

const FETCHED_AT = new Date('2024-03-21T05:00:00Z'); // 12:00 in Vietnam

describe('parseVietnameseDate', () => {
  it.each([
    ['Thứ hai, 21/03/2022 - 14:30', '2022-03-21T14:30:00+07:00'],
    ['21/3/2022 14:30 GMT+7', '2022-03-21T14:30:00+07:00'],
    ['Chủ nhật, 15/05/2022, 08:00 (GMT+7)', '2022-05-15T08:00:00+07:00'],
    ['14:30 ngày 21-03-2022', '2022-03-21T14:30:00+07:00'],
    ['Cập nhật: 25/02/2024 08:15', '2024-02-25T08:15:00+07:00'],
    ['Ngày đăng: 03/06/2024', '2024-06-03T00:00:00+07:00'],
    ['21.03.2022', '2022-03-21T00:00:00+07:00'],
    ['ngày 7 tháng 12 năm 2021', '2021-12-07T00:00:00+07:00'],
    ['2022-03-21T07:30:00Z', '2022-03-21T14:30:00+07:00'],
    ['2022-03-21 14:30', '2022-03-21T14:30:00+07:00'],
    ['Thứ Tư, 27/1/2021, 10:28 (GMT+7)', '2021-01-27T10:28:00+07:00'],
    ['08h15 ngày 25/02/2024', '2024-02-25T08:15:00+07:00'],
    ['2 giờ trước', '2024-03-21T10:00:00+07:00'],
    ['30 phút trước', '2024-03-21T11:30:00+07:00'],
  ])('reads %j', (text, iso) => {
    expect(parseVietnameseDate(text, FETCHED_AT)?.iso).toBe(iso);
  });

  it('reads "hôm qua" as the day before the fetch, in Vietnam time', () => {
    expect(parseVietnameseDate('hôm qua, 09:10', FETCHED_AT)?.iso).toBe('2024-03-20T09:10:00+07:00');
  });

  it.each([['32/01/2022'], ['31/02/2022'], ['Thứ hai'], [''], ['2 giờ trước (no fetch time)']])('rejects %j', (text) => {
    expect(parseVietnameseDate(text)).toBeNull();
  });

  it('says whether the time of day was printed', () => {
    expect(parseVietnameseDate('21/03/2022')?.hasTime).toBe(false);
    expect(parseVietnameseDate('21/03/2022 14:30')?.hasTime).toBe(true);
  });
});

describe('parseIsoDate', () => {
  it('takes a time without an offset as Vietnam time', () => {
    expect(parseIsoDate('2026-03-07T00:01:00')?.iso).toBe('2026-03-07T00:01:00+07:00');
  });

  it('moves a UTC time late in the day to the next Vietnamese day', () => {
    expect(parseIsoDate('2022-03-21T20:00:00Z')?.iso).toBe('2022-03-22T03:00:00+07:00');
  });
});

describe('findDateInText', () => {
  it('finds the date inside a longer header line', () => {
    expect(findDateInText('Tin, ảnh: Hà Phương | Cập nhật lúc 08:15 ngày 25/02/2024')?.iso).toBe('2024-02-25T08:15:00+07:00');
  });
});

describe('chooseDate', () => {
  const structured = parseIsoDate('2022-03-20T09:00:00+07:00');
  const printedOtherDay = parseVietnameseDate('21/03/2022 14:30');
  const printedSameDay = parseVietnameseDate('20/03/2022');

  it('prefers the printed date when structured data names another day', () => {
    expect(chooseDate({ structuredPublished: structured, structuredModified: null, visible: printedOtherDay })?.iso).toBe('2022-03-21T14:30:00+07:00');
  });

  it('keeps the structured time when the printed date has only the day', () => {
    expect(chooseDate({ structuredPublished: structured, structuredModified: null, visible: printedSameDay })?.iso).toBe('2022-03-20T09:00:00+07:00');
  });

  it('prefers publication over modification', () => {
    const modified = parseIsoDate('2022-04-01T10:00:00+07:00');
    expect(chooseDate({ structuredPublished: structured, structuredModified: modified, visible: null })?.iso).toBe(structured?.iso);
    expect(chooseDate({ structuredPublished: null, structuredModified: modified, visible: null })?.iso).toBe(modified?.iso);
  });
});
