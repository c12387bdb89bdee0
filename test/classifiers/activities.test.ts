import { describe, expect, it } from 'vitest';
import { classifyActivities, ruleConfidence, scoreCues } from '../../classifiers/activities.ts';
import { analyzeText } from '../../classifiers/analyze-text.ts';
import { ACTIVITIES, ACTIVITY_CODES } from '../../classifiers/data/activities.ts';
import type { ActivityCode } from '../../pipeline/types.ts';
import { readSeed, seedsPresent } from './seed-text.ts';

const codesOf = (title: string, body = '') =>
  classifyActivities(analyzeText({ title, body }))
    .map((tag) => tag.code)
    .sort();

if (!seedsPresent)
  console.warn('activities: ../shared/seeds is absent, so the seed tests check nothing here');

describe.runIf(seedsPresent)('activities of the seed articles', () => {
  it('finds plan, conference, anniversary, culture exchange, aid and education in the Đà Nẵng plan', () => {
    expect(
      codesOf(...(Object.values(readSeed('danang-2022-doi-ngoai-nhan-dan.txt')) as [string, string])),
    ).toEqual(['aid', 'anniversary', 'conference', 'culture_exchange', 'education', 'plan']);
  });

  it('finds plan, agreement, aid, overseas Vietnamese and promotion in the Đồng Nai programme', () => {
    expect(
      codesOf(...(Object.values(readSeed('dongnai-2017-2022-doi-ngoai-nhan-dan.txt')) as [string, string])),
    ).toEqual(['agreement', 'aid', 'overseas_vietnamese', 'plan', 'promotion']);
  });
});

/** One row per activity: a headline that reports it, and a similar one that does not. */
const CUE_CASES: { code: ActivityCode; reported: string; notReported: string }[] = [
  {
    code: 'plan',
    reported: 'Hà Giang ban hành kế hoạch công tác đối ngoại năm 2025',
    notReported: 'Hà Giang ban hành kế hoạch sản xuất vụ đông năm 2025',
  },
  {
    code: 'conference',
    reported: 'Hội thảo quốc tế về bảo tồn di sản tại Ninh Bình',
    notReported: 'Ninh Bình tổ chức hội nghị cán bộ chủ chốt',
  },
  {
    code: 'anniversary',
    reported: 'Kỷ niệm 50 năm Ngày thiết lập quan hệ ngoại giao Việt Nam - Nhật Bản',
    notReported: 'Du khách chụp ảnh lưu niệm bên bờ hồ Gươm',
  },
  {
    code: 'delegation',
    reported: 'Chủ tịch UBND tỉnh tiếp Đại sứ Hàn Quốc chào xã giao',
    notReported: 'Tỉnh tiếp tục đẩy mạnh tiếp nhận hồ sơ trực tuyến',
  },
  {
    code: 'agreement',
    reported: 'Bình Phước và tỉnh Kratié ký biên bản ghi nhớ hợp tác',
    notReported: 'Hai anh em kết nghĩa mở quán ăn ở chợ Bến Thành',
  },
  {
    code: 'aid',
    reported: 'Tổ chức phi chính phủ nước ngoài viện trợ 2 tỷ đồng cho trường học vùng cao',
    notReported: 'Giá vàng tăng mạnh trong phiên sáng nay',
  },
  {
    code: 'education',
    reported: 'Trao học bổng cho lưu học sinh Lào tại Thanh Hóa',
    notReported: 'Tuyên truyền giáo dục pháp luật cho người dân',
  },
  {
    code: 'culture_exchange',
    reported: 'Giao lưu văn hóa Việt Nam - Ấn Độ tại Đà Nẵng',
    notReported: 'Xây dựng đời sống văn hóa ở khu dân cư',
  },
  {
    code: 'overseas_vietnamese',
    reported: 'Gặp mặt kiều bào về quê đón Tết',
    notReported: 'Người dân về quê đón Tết bằng xe khách',
  },
  {
    code: 'economic',
    reported: 'Hội nghị xúc tiến đầu tư vào Long An thu hút doanh nghiệp Nhật Bản',
    notReported: 'Tai nạn giao thông trên quốc lộ 1A',
  },
  {
    code: 'promotion',
    reported: 'Đẩy mạnh thông tin đối ngoại, quảng bá hình ảnh địa phương',
    notReported: 'Hình ảnh camera ghi lại vụ va chạm',
  },
  {
    code: 'border',
    reported: 'Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Lào',
    notReported: 'Bác sĩ không biên giới khám bệnh tại châu Phi',
  },
];

describe('activity cues', () => {
  it.each(CUE_CASES)('tags $code when a headline reports it', ({ code, reported }) => {
    expect(codesOf(reported)).toContain(code);
  });

  it.each(CUE_CASES)('does not tag $code for a look-alike headline', ({ code, notReported }) => {
    expect(codesOf(notReported)).not.toContain(code);
  });

  it('counts a cue in the title more than the same cue far down a long body', () => {
    const filler = 'Người dân địa phương tiếp tục sản xuất, chăm lo đời sống. '.repeat(40);
    const inTitle = scoreCues(analyzeText({ title: 'Hội thảo về chuyển đổi số', body: filler }));
    const deepDown = scoreCues(
      analyzeText({ title: 'Chuyển đổi số', body: `${filler}\nHội thảo về chuyển đổi số.` }),
    );
    const score = (scores: typeof inTitle) => scores.find((s) => s.code === 'conference')!.score;
    expect(score(inTitle)).toBeGreaterThan(3 * score(deepDown));
  });

  it('does not let a blocker phrase count as its cue (tiếp tục is not a reception)', () => {
    const delegation = scoreCues(
      analyzeText({ title: 'Tỉnh tiếp tục tiếp nhận và tiếp cận', body: '' }),
    ).find((s) => s.code === 'delegation')!;
    expect(delegation.score).toBe(0);
  });

  it('keeps a plan cue that sits inside a longer agreement phrase', () => {
    const codes = codesOf('Lễ ký kết chương trình phối hợp hoạt động đối ngoại nhân dân giai đoạn 2025-2030');
    expect(codes).toEqual(expect.arrayContaining(['agreement', 'plan']));
  });

  it('gives every tag a confidence, a method and evidence that is the original text at its offsets', () => {
    const title = 'Đoàn đại biểu tỉnh Quảng Nam thăm và làm việc tại Nhật Bản';
    const body = 'Trong chuyến thăm, hai bên đã ký kết biên bản ghi nhớ về hợp tác đào tạo nguồn nhân lực.';
    const tags = classifyActivities(analyzeText({ title, body }));
    expect(tags.map((tag) => tag.code)).toEqual(expect.arrayContaining(['delegation', 'agreement']));
    for (const tag of tags) {
      expect(tag.confidence).toBeGreaterThan(0);
      expect(tag.confidence).toBeLessThanOrEqual(1);
      expect(['rule', 'model']).toContain(tag.method);
      for (const evidence of tag.evidence) {
        expect((evidence.field === 'title' ? title : body).slice(evidence.start, evidence.end)).toBe(
          evidence.text,
        );
      }
    }
  });

  it('finds the same activities and evidence text in NFD input and old-style tone marks', () => {
    const title = 'Lễ ký kết thoả thuận hợp tác với tỉnh Savannakhet';
    const nfc = classifyActivities(analyzeText({ title, body: '' }));
    const nfdTitle = title.normalize('NFD');
    const nfd = classifyActivities(analyzeText({ title: nfdTitle, body: '' }));
    expect(nfd.map((tag) => tag.code)).toEqual(nfc.map((tag) => tag.code));
    for (const tag of nfd) {
      for (const evidence of tag.evidence)
        expect(nfdTitle.slice(evidence.start, evidence.end)).toBe(evidence.text);
    }
  });

  it.each([
    ['Hai tỉnh chưa ký kết thỏa thuận hợp tác', 'Hai tỉnh đã ký kết thỏa thuận hợp tác'],
    ['Tỉnh hoãn chuyến thăm Nhật Bản vì bão', 'Tỉnh có chuyến thăm Nhật Bản sau bão'],
    ['Năm nay không tổ chức lễ kỷ niệm quốc khánh Lào', 'Năm nay tổ chức lễ kỷ niệm quốc khánh Lào'],
  ])('does not count a negated cue: "%s" (but does count "%s")', (negated, affirmed) => {
    const codes = (title: string) =>
      scoreCues(analyzeText({ title, body: '' }))
        .filter((s) => s.score > 0.5)
        .map((s) => s.code);
    expect(codes(negated)).toEqual([]);
    expect(codes(affirmed).length).toBeGreaterThan(0);
  });

  it('reads "không chỉ" as "not only", not as a negation', () => {
    const codes = codesOf('Hai bên không chỉ ký kết biên bản ghi nhớ mà còn trao đổi đoàn');
    expect(codes).toContain('agreement');
  });

  it('does not take an activity from a related-articles headline at the end of a long article', () => {
    const paragraph =
      'Đoàn đại biểu tỉnh Gia Lai đã thăm và làm việc tại tỉnh Ratanakiri, Campuchia, trao đổi về hợp tác nông nghiệp và y tế. ';
    const filler =
      'Hai bên đánh giá cao kết quả hợp tác thời gian qua và thống nhất các nội dung trong thời gian tới. '.repeat(
        20,
      );
    const body = `${paragraph}\n${filler}\nGiao lưu hữu nghị quốc phòng biên giới Việt Nam - Trung Quốc lần thứ tám`;
    const codes = codesOf('Gia Lai tăng cường hợp tác với tỉnh Ratanakiri', body);
    expect(codes).toContain('delegation');
    expect(codes).not.toContain('border');
    expect(codes).not.toContain('culture_exchange');
  });

  it('returns nothing for an empty article', () => {
    expect(codesOf('', '')).toEqual([]);
  });
});

describe('activity data', () => {
  it('lists the 12 codes of LABELS.md once each, with names, a description and cues', () => {
    expect([...ACTIVITY_CODES].sort()).toEqual(
      [
        'aid',
        'agreement',
        'anniversary',
        'border',
        'conference',
        'culture_exchange',
        'delegation',
        'economic',
        'education',
        'overseas_vietnamese',
        'plan',
        'promotion',
      ].sort(),
    );
    for (const activity of ACTIVITIES) {
      expect(activity.nameVi && activity.nameEn && activity.description).toBeTruthy();
      expect(activity.cues.length).toBeGreaterThan(5);
      for (const cue of activity.cues) expect(cue.weight).toBeGreaterThan(0);
    }
  });

  it('maps a cue score to a confidence that grows and stays below one', () => {
    expect(ruleConfidence(0)).toBe(0);
    expect(ruleConfidence(1.6)).toBeGreaterThan(ruleConfidence(0.8));
    expect(ruleConfidence(50)).toBeLessThanOrEqual(1);
  });
});
