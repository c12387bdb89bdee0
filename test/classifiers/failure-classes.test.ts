/**
 * Failure classes found on team-written pages, each as sentences written for the test: an
 * international contest in a province, foreign experts working with a province's farmers, a
 * provincial outlet's own article under a national-sounding headline, and a Vietnamese place name
 * that is a shop sign abroad.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../classifiers/classify.ts';
import type { Classification } from '../../pipeline/types.ts';

const primaryOf = (result: Classification) => result.provinces.find((tag) => tag.primary)?.code ?? null;
const activityCodes = (result: Classification) => result.activities.map((tag) => tag.code);

describe('an international festival or contest with foreign teams in a province', () => {
  const cases = [
    {
      title: 'Khai mạc liên hoan diều quốc tế Phú Yên',
      body: 'Chiều qua, đội Nhật Bản và đội Thái Lan thả những cánh diều khổng lồ trên bãi biển trước hàng nghìn người xem.\nCuộc thi kéo dài ba ngày, có mười đội tham gia.',
      primary: 'phu-yen',
    },
    {
      title: 'Bế mạc cuộc thi pháo hoa quốc tế tại Quảng Ninh',
      body: 'Các đội Pháp, Ba Lan và Nhật Bản lần lượt trình diễn trên vịnh trong đêm chung kết.\nKhán giả đứng kín hai bên bờ biển.',
      primary: 'quang-ninh',
    },
  ];
  it.each(cases)('is relevant people-to-people exchange with its province primary: $title', ({ title, body, primary }) => {
    const result = classify({ title, body });
    expect(result.relevant).toBe(true);
    expect(activityCodes(result)).toContain('culture_exchange');
    expect(primaryOf(result)).toBe(primary);
  });

  it('a domestic festival of the same kind is not relevant', () => {
    const result = classify({
      title: 'Khai mạc lễ hội diều của tỉnh Phú Yên',
      body: 'Chiều qua, các đội của các huyện thả những cánh diều khổng lồ trên bãi biển trước hàng nghìn người xem.',
    });
    expect(result.relevant).toBe(false);
    expect(result.activities).toEqual([]);
  });

  it('a match against a foreign national team is sport news, not an exchange', () => {
    const result = classify({
      title: 'Đội tuyển Việt Nam thắng đội Thái Lan 2-1',
      body: 'Tối qua trên sân Mỹ Đình, đội tuyển Việt Nam thắng đội Thái Lan 2-1 ở lượt đi bán kết. Hai bàn thắng được ghi trong hiệp hai.',
    });
    expect(result.relevant).toBe(false);
  });
});

describe("foreign experts helping a province's farmers", () => {
  it('is relevant aid, with the province primary and the experts as evidence', () => {
    const result = classify({
      title: 'Bến Tre đón chuyên gia thủy lợi Hà Lan',
      body: 'Bốn chuyên gia Hà Lan sẽ ở lại Bến Tre hai tháng để chỉ cho nông dân cách giữ nước ngọt trong mùa khô.\nHọ sẽ làm thử ở hai xã ven sông.',
    });
    expect(result.relevant).toBe(true);
    expect(primaryOf(result)).toBe('ben-tre');
    expect(result.countries.map((tag) => tag.code)).toEqual(['NL']);
    const aid = result.activities.find((tag) => tag.code === 'aid');
    expect(aid?.evidence.map((e) => e.text)).toEqual(expect.arrayContaining(['chuyên gia thủy lợi Hà Lan']));
  });

  it("the province's own experts are no foreign aid", () => {
    const result = classify({
      title: 'Bến Tre đưa chuyên gia thủy lợi về các xã',
      body: 'Bốn chuyên gia của tỉnh sẽ ở lại hai tháng để chỉ cho nông dân cách giữ nước ngọt trong mùa khô.',
    });
    expect(result.relevant).toBe(false);
  });
});

describe("a provincial outlet's own article under a national-sounding headline", () => {
  const article = {
    title: 'Gặp mặt người Việt Nam ở nước ngoài về quê đón Tết',
    body: 'Sáng 20/1, Sở Ngoại vụ phối hợp với Ban Dân vận tổ chức gặp mặt 80 kiều bào từ Mỹ, Pháp và Nhật Bản.\nBến Tre hiện có hơn 40.000 kiều bào sinh sống ở nhiều nước.',
  };

  it('makes the home province primary when the article names it and no other unit acts', () => {
    const result = classify({ ...article, homeProvince: 'ben-tre' });
    expect(result.relevant).toBe(true);
    expect(primaryOf(result)).toBe('ben-tre');
  });

  it('stays national without a home province', () => {
    expect(primaryOf(classify(article))).toBeNull();
  });

  it("leaves it national when another unit's authorities act", () => {
    const result = classify({
      title: article.title,
      body: `UBND tỉnh Trà Vinh tổ chức gặp mặt 80 kiều bào từ Mỹ, Pháp và Nhật Bản.\n${article.body.split('\n')[1] ?? ''}`,
      homeProvince: 'ben-tre',
    });
    expect(primaryOf(result)).toBeNull();
  });
});

describe('a Vietnamese place name used abroad', () => {
  const cases = [
    {
      name: 'a shop sign in a sentence naming the country',
      body: 'Hội người Việt tại Ba Lan tổ chức hội chợ Tết ở trung tâm thương mại Hạ Long của thủ đô Vác-sa-va, Ba Lan.',
    },
    {
      name: 'a place followed by a foreign city',
      body: 'Hội người Việt tại Đức tổ chức đêm văn nghệ ở khu chợ Sa Pa tại Berlin cho hơn 500 kiều bào ở Đức.',
    },
  ];
  it.each(cases)('pins no province: $name', ({ body }) => {
    const result = classify({ title: 'Kiều bào đón Tết xa quê', body });
    expect(result.provinces).toEqual([]);
  });

  it('a shop of the same name at home still names its place', () => {
    const result = classify({
      title: 'Du khách Hàn Quốc mua sắm dịp cuối năm',
      body: 'Nhiều du khách Hàn Quốc đến trung tâm thương mại ở Hạ Long, tỉnh Quảng Ninh, mua đặc sản.\nKhách sạn ở Sa Pa kín phòng.',
    });
    expect(result.provinces.map((tag) => tag.code)).toEqual(expect.arrayContaining(['quang-ninh', 'lao-cai']));
  });
});
