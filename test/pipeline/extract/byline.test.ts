import { describe, expect, it } from 'vitest';
import { authorFromByline, cleanByline, cutAfterByline, looksLikeByline, splitTrailingByline } from '../../../pipeline/extract/byline.ts';

describe('bylines', () => {
  it.each([
    ['An Nhi (t/h)', 'An Nhi'],
    ['Theo TTXVN', 'TTXVN'],
    ['PV', 'PV'],
    ['Nhóm PV', 'Nhóm PV'],
    ['Bài, ảnh: Minh Anh', 'Minh Anh'],
    ['Tin, ảnh: Hà Phương', 'Hà Phương'],
    ['Kim Hòa tổng hợp', 'Kim Hòa'],
    ['XUÂN LONG', 'XUÂN LONG'],
    ['(TTXVN/Vietnam+)', 'TTXVN/Vietnam+'],
    ['Thu Hà (TTXVN)', 'Thu Hà'],
    ['T.VY', 'T.VY'],
  ])('reads %j as the author %j', (line, author) => {
    expect(looksLikeByline(line, true)).toBe(true);
    expect(authorFromByline(line)).toBe(author);
  });

  it.each([
    ['Hai bên thống nhất tăng cường hợp tác.'],
    ['Ông Nguyễn Văn A cho biết: "Chúng tôi sẽ làm tiếp".'],
    ['Theo đó, các bên sẽ thường xuyên trao đổi thông tin về kế hoạch phối hợp giữa hai tỉnh trong năm tới và những năm sau nữa'],
    ['đơn vị chủ trì'],
  ])('does not read the sentence %j as a byline', (line) => {
    expect(looksLikeByline(line)).toBe(false);
  });

  it('accepts an office as the byline only when the line is set apart', () => {
    expect(looksLikeByline('Phòng Hợp tác quốc tế', true)).toBe(true);
    expect(looksLikeByline('Phòng Hợp tác quốc tế', false)).toBe(false);
  });

  it('cleans notes and labels but keeps the name as printed', () => {
    expect(cleanByline('  Bài và ảnh:  Lê Minh  ')).toBe('Lê Minh');
  });

  const line = (text: string, tag = 'p', signature = false) => ({ text, tag, signature });

  it('removes a byline in the last paragraph of the body', () => {
    const { lines, author } = splitTrailingByline([line('Đoạn một của bài viết, đủ dài để là văn bản.'), line('Minh Chiến', 'p', true)]);
    expect(author).toBe('Minh Chiến');
    expect(lines.map((l) => l.text)).toEqual(['Đoạn một của bài viết, đủ dài để là văn bản.']);
  });

  it('prefers the person over the agency line under it', () => {
    const { author } = splitTrailingByline([line('Đoạn một.'), line('Đoạn hai.'), line('Lan Anh'), line('Theo TTXVN')]);
    expect(author).toBe('Lan Anh');
  });

  it('drops a boxed tail after the byline but keeps a note paragraph', () => {
    const body = [line('A'.repeat(300)), line('B'.repeat(300)), line('C'.repeat(300)), line('Dương Lâm'), line('Cách cài đặt ứng dụng', 'div'), line('* Tên nhân vật đã được thay đổi')];
    const cut = cutAfterByline(body);
    expect(cut?.author).toBe('Dương Lâm');
    expect(cut?.lines.map((l) => l.text.slice(0, 1))).toEqual(['A', 'B', 'C', '*']);
  });

  it('does not take a table cell for a byline', () => {
    const body = [line('A'.repeat(300)), line('Quý II', 'td'), line('Sở Ngoại vụ', 'td')];
    expect(splitTrailingByline(body).author).toBeNull();
    expect(cutAfterByline(body)).toBeNull();
  });
});
