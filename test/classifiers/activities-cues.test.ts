/**
 * The activity cue vocabulary, both ways: for each label, sentences that report the activity in the
 * words the press uses, and trap sentences where a cue word appears but the activity is not reported
 * (a name, a venue, a length of time, an honour, a youth union). All sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { classifyActivities, isDuration, numberedYearHits, scoreCues } from '../../classifiers/activities.ts';
import { analyzeText } from '../../classifiers/analyze-text.ts';
import { withJoinedBlockers } from '../../classifiers/data/activities.ts';
import type { ActivityCode } from '../../pipeline/types.ts';

const codesOf = (title: string, body = '') =>
  classifyActivities(analyzeText({ title, body })).map((tag) => tag.code);

const REPORTED: [ActivityCode, string, string?][] = [
  ['plan', 'Tỉnh ủy Kon Tum tổng kết công tác ngoại vụ năm 2024'],
  ['conference', 'Hội nghị bàn tròn về hợp tác địa phương Việt Nam - Hàn Quốc tại Bắc Ninh'],
  ['conference', 'Hội thảo trực tuyến về hợp tác địa phương Việt Nam - Pháp'],
  ['promotion', 'Hội nghị quảng bá du lịch Quảng Ninh tại Hàn Quốc'],
  ['plan', 'UBND tỉnh ban hành kế hoạch công tác đối ngoại năm 2025'],
  ['anniversary', '45 năm quan hệ hữu nghị Việt Nam - Campuchia: nhiều hoạt động ý nghĩa tại Tây Ninh'],
  ['anniversary', 'Tây Ninh mít tinh chào mừng 70 năm Ngày Quốc khánh Campuchia'],
  ['anniversary', 'Lạng Sơn tổ chức lễ tưởng niệm các chiến sĩ hy sinh trên đất bạn'],
  ['delegation', 'Đại sứ Australia đến chào lãnh đạo tỉnh Bến Tre'],
  ['delegation', 'Tổng Lãnh sự Lào chào kết thúc nhiệm kỳ tại Đà Nẵng'],
  ['delegation', 'Lãnh đạo tỉnh tiếp thân mật đoàn doanh nghiệp Đài Loan'],
  ['delegation', 'Chủ tịch UBND tỉnh Kon Tum tiếp Tỉnh trưởng tỉnh Attapeu'],
  ['delegation', 'Phó Chủ tịch tỉnh tiếp Trưởng đại diện UNICEF tại Việt Nam'],
  ['agreement', 'Lạng Sơn và Quảng Tây ký văn bản hợp tác về quản lý cửa khẩu'],
  ['agreement', 'Hai huyện của Nghệ An và Xiêng Khoảng thiết lập quan hệ kết nghĩa'],
  ['aid', 'KOICA bàn giao trang thiết bị y tế cho bệnh viện tỉnh Quảng Trị'],
  ['aid', 'Đoàn bác sĩ Mỹ khám chữa bệnh miễn phí cho người dân Quảng Ngãi'],
  ['aid', 'Dự án rà phá bom mìn ở Quảng Trị nhận khoản tài trợ mới'],
  ['education', 'Đại học Huế và đại học Nhật Bản hợp tác nghiên cứu về nông nghiệp sạch'],
  ['education', 'Khai giảng khóa đào tạo cho cán bộ các tỉnh Nam Lào tại Quảng Nam'],
  ['culture_exchange', 'Liên hoan ẩm thực Việt - Hàn thu hút đông đảo người dân Đà Nẵng'],
  ['culture_exchange', 'Trại hè thanh thiếu niên Việt Nam - Lào tại Quảng Bình'],
  ['overseas_vietnamese', 'Trí thức kiều bào góp ý phát triển kinh tế số tỉnh Bình Định'],
  ['overseas_vietnamese', 'Tăng cường bảo hộ công dân Việt Nam tại vùng chiến sự'],
  ['overseas_vietnamese', 'Hội người Việt tại Séc mở lớp dạy tiếng Việt cho con em kiều bào'],
  ['economic', 'Doanh nghiệp Nhật Bản khảo sát cơ hội đầu tư tại Hậu Giang'],
  ['economic', 'Kết nối giao thương giữa doanh nghiệp Đồng Tháp và Singapore'],
  ['economic', 'Bắc Giang đẩy mạnh thu hút FDI từ các nước châu Âu'],
  ['economic', 'Ninh Thuận đón đoàn famtrip của các hãng lữ hành Ấn Độ'],
  ['economic', 'Đắk Lắk tìm kiếm cơ hội đầu tư và mở rộng thị trường xuất khẩu cà phê'],
  ['promotion', 'Phim quảng bá du lịch Quảng Bình phát trên truyền hình quốc tế'],
  ['promotion', 'Giới thiệu tiềm năng Cà Mau tới bạn bè quốc tế'],
  ['border', 'Lễ kết nghĩa cặp đồn biên phòng hai bên biên giới Việt Nam - Lào'],
  ['border', 'Hà Giang và Vân Nam bàn cách quản lý chợ biên giới'],
];

const NOT_REPORTED: [ActivityCode, string, string?][] = [
  ['plan', 'Sở Kế hoạch và Đầu tư công bố kế hoạch sử dụng đất năm 2025'],
  ['conference', 'Lễ trao giải báo chí diễn ra tại Trung tâm Hội nghị tỉnh'],
  ['conference', 'Hội nghị Tỉnh ủy bàn về công tác cán bộ'],
  [
    'anniversary',
    'Doanh nghiệp Hàn Quốc tìm hiểu thị trường Bình Dương',
    'Sau hơn 30 năm thiết lập quan hệ ngoại giao, thương mại giữa hai nước tăng mạnh. Đoàn gồm 20 doanh nghiệp.',
  ],
  ['anniversary', 'Cựu chiến binh kể lại nhiều kỷ niệm khó quên ở Lào'],
  ['anniversary', 'Học sinh tham quan khu tưởng niệm trong chuyến dã ngoại cuối tuần'],
  ['delegation', 'Khánh Hòa đón đoàn xe caravan của du khách Thái Lan'],
  ['delegation', 'Phái đoàn thường trực Việt Nam tại Liên Hợp Quốc phát biểu về biến đổi khí hậu'],
  ['delegation', 'Bí thư Tỉnh ủy tiếp bà con đến phản ánh về đất đai'],
  ['delegation', 'Đoàn Thanh niên tỉnh tổ chức giải chạy vì biển đảo'],
  ['agreement', 'Kỷ niệm 40 năm Ngày ký kết Hiệp ước hữu nghị Việt Nam - Lào'],
  ['agreement', 'Chủ tịch UBND tỉnh ký quyết định thành lập ban chỉ đạo phòng chống dịch'],
  ['aid', 'Chủ tịch nước trao tặng Huân chương Hữu nghị cho Đại sứ Nhật Bản'],
  ['aid', 'Lễ bàn giao hài cốt liệt sĩ quân tình nguyện hy sinh tại Lào'],
  ['aid', 'Lào ủng hộ lập trường của Việt Nam trong các diễn đàn khu vực'],
  ['education', 'Tăng cường giáo dục quốc phòng cho học sinh trung học'],
  ['education', 'Hội người Việt tại Séc mở lớp dạy tiếng Việt cho con em kiều bào'],
  ['delegation', 'Đông đảo người dân đến chào mừng đại hội thể thao tỉnh'],
  ['border', 'Doanh nghiệp trẻ dám đối diện với khó khăn'],
  ['aid', 'Cảng Cái Mép tiếp nhận hàng hóa từ châu Âu'],
  ['culture_exchange', 'Hội An đẩy mạnh văn hóa giao thông nơi phố cổ'],
  ['culture_exchange', 'Sở Văn hóa tỉnh ban hành quy chế mới về quảng cáo'],
  ['overseas_vietnamese', 'Du lịch cộng đồng ở Mai Châu hút khách'],
  ['overseas_vietnamese', 'Cộng đồng quốc tế lên án vụ tấn công'],
  ['economic', 'Ngân hàng thương mại cổ phần giảm lãi suất cho vay'],
  ['economic', 'Huyện đầu tư xây dựng trường học vùng sâu'],
  ['economic', 'Trung tâm thương mại mới khai trương ở trung tâm thành phố'],
  ['promotion', 'Trung tâm giới thiệu việc làm tổ chức phiên giao dịch'],
  ['border', 'Cửa khẩu sân bay Tân Sơn Nhất đông khách dịp lễ'],
];

describe('activity cues in the words the press uses', () => {
  it.each(REPORTED)('%s in "%s"', (code, title, body) => {
    expect(codesOf(title, body)).toContain(code);
  });
});

describe('activity cue words that do not report the activity', () => {
  it.each(NOT_REPORTED)('no %s in "%s"', (code, title, body) => {
    expect(codesOf(title, body)).not.toContain(code);
  });

  it('a foreign guest at a festival is not a delegation', () => {
    const title = 'Khai mạc lễ hội văn hóa các dân tộc Việt Nam - Lào tại Điện Biên';
    const body =
      'Tối 10/4, lễ hội văn hóa các dân tộc hai nước khai mạc với màn biểu diễn nghệ thuật của 300 diễn viên. ' +
      'Dự lễ khai mạc có Đại sứ Lào tại Việt Nam, Tổng Lãnh sự Lào tại Điện Biên và lãnh đạo tỉnh. ' +
      'Trong ba ngày, du khách được thưởng thức ẩm thực và xem thi đấu thể thao truyền thống.';
    const codes = codesOf(title, body);
    expect(codes).toContain('culture_exchange');
    expect(codes).not.toContain('delegation');
  });

  it('a cue reaching across the end of a sentence is not hidden by a blocker', () => {
    const codes = codesOf(
      'Long An tăng cường thu hút đầu tư. Thời gian tới tỉnh mở thêm khu công nghiệp',
      '',
    );
    expect(codes).toContain('economic');
  });

  it('a scatter of common economic words in a visit report does not make it economic', () => {
    const title = 'Đại sứ Ireland thăm trường học ở Quảng Trị';
    const body =
      'Trong chuyến thăm, Đại sứ gặp gỡ giáo viên và học sinh. Ông cho biết nhiều du khách Ireland yêu mến miền Trung, ' +
      'một số doanh nghiệp quan tâm tới kinh tế địa phương, nhưng lần này ông muốn tìm hiểu việc học của trẻ em. ' +
      'Nhà trường mong được đầu tư thêm thư viện.';
    const codes = codesOf(title, body);
    expect(codes).toContain('delegation');
    expect(codes).not.toContain('economic');
  });
});

describe('anniversaries named by a number of years', () => {
  it('reads `{number} năm {occasion}` as an anniversary cue', () => {
    const hits = numberedYearHits(
      analyzeText({ title: '60 năm kết nghĩa Quảng Bình - Khăm Muồn', body: '' }),
    );
    expect(hits.map((hit) => hit.evidence.text)).toEqual(['60 năm kết nghĩa']);
  });

  it('not after a duration word, and not for a calendar year', () => {
    const doc = analyzeText({
      title: 'Hợp tác địa phương',
      body: 'Sau 20 năm hợp tác, qua 15 năm thành lập, năm 2024 quan hệ tốt.',
    });
    expect(numberedYearHits(doc)).toEqual([]);
  });

  it('tells a length of time from a commemoration', () => {
    expect(isDuration(['sau', 'hơn', '30'])).toBe(true);
    expect(isDuration(['trải', 'qua', '45'])).toBe(true);
    expect(isDuration(['kỷ', 'niệm', '30'])).toBe(false);
    expect(isDuration(['kỷ', 'niệm', 'tròn', '30'])).toBe(false);
    expect(isDuration(['sau', 'đó'])).toBe(false);
  });

  it('a duration drops the anniversary cue but not the others', () => {
    const scores = scoreCues(analyzeText({ title: 'Sau 50 năm thiết lập quan hệ ngoại giao', body: '' }));
    expect(scores.find((score) => score.code === 'anniversary')?.score).toBe(0);
  });
});

describe('blockers joined to the cue they overlap', () => {
  it('adds the joined phrase when a cue ends where a blocker begins', () => {
    const joined = withJoinedBlockers({
      code: 'delegation',
      nameVi: '',
      nameEn: '',
      description: '',
      cues: [{ phrase: 'đón đoàn', weight: 1 }],
      blockers: ['đoàn thuyền', 'tiếp tục'],
    });
    expect(joined.blockers).toEqual(['đoàn thuyền', 'tiếp tục', 'đón đoàn thuyền']);
  });
});
