import { describe, expect, it } from 'vitest';
import { classifyActivities } from '../../classifiers/activities.ts';
import { analyzeText } from '../../classifiers/analyze-text.ts';
import { tagCountries } from '../../classifiers/countries.ts';
import { tagProvinces } from '../../classifiers/provinces.ts';
import { tagRegions } from '../../classifiers/regions.ts';
import { relevanceFromSignals, relevanceSignals, scoreRelevance } from '../../classifiers/relevance.ts';

function relevanceOf(title: string, body: string) {
  const doc = analyzeText({ title, body });
  const tags = {
    provinces: tagProvinces(doc),
    countries: tagCountries(doc),
    regions: tagRegions(doc),
    activities: classifyActivities(doc),
  };
  return scoreRelevance(doc, tags);
}

/** Articles written for this test: what they are about decides, not which words they share. */
const CASES: { name: string; title: string; body: string; relevant: boolean }[] = [
  {
    name: 'a province receiving an ambassador',
    title: 'Chủ tịch UBND tỉnh Hà Nam tiếp Đại sứ Ô-xtrây-li-a',
    body: 'Chiều 14/5, Chủ tịch UBND tỉnh Hà Nam đã tiếp Đại sứ Ô-xtrây-li-a tại Việt Nam. Hai bên trao đổi về hợp tác giáo dục, nông nghiệp và khả năng mở rộng đầu tư của doanh nghiệp Úc vào tỉnh.',
    relevant: true,
  },
  {
    name: 'a foreign NGO funding a school, no country named',
    title: 'Tổ chức phi chính phủ bàn giao điểm trường cho xã vùng cao Lai Châu',
    body: 'Điểm trường mầm non bản Nậm Pồ được xây dựng bằng nguồn viện trợ của một tổ chức phi chính phủ nước ngoài với kinh phí 1,2 tỷ đồng. UBND huyện cam kết sử dụng hiệu quả công trình.',
    relevant: true,
  },
  {
    name: 'a province working with overseas Vietnamese',
    title: 'Tiền Giang gặp mặt kiều bào đón Xuân',
    body: 'UBND tỉnh Tiền Giang tổ chức gặp mặt hơn 150 kiều bào về quê đón Tết. Lãnh đạo tỉnh mong bà con người Việt Nam ở nước ngoài tiếp tục quảng bá hình ảnh quê hương.',
    relevant: true,
  },
  {
    name: 'border friendship between two neighbouring provinces',
    title: 'Giao lưu hữu nghị biên giới giữa Lạng Sơn và Quảng Tây',
    body: 'Lực lượng biên phòng hai bên đã tuần tra song phương, thăm hỏi người dân các bản giáp biên và trao đổi kinh nghiệm quản lý cửa khẩu.',
    relevant: true,
  },
  {
    name: 'foreign news with no Vietnamese side',
    title: 'Tổng thống Pháp thăm Đức bàn về quốc phòng châu Âu',
    body: 'Hai nhà lãnh đạo đã thảo luận về ngân sách quốc phòng và tình hình an ninh ở Đông Âu. Báo chí Đức cho biết cuộc gặp diễn ra trong không khí thẳng thắn.',
    relevant: false,
  },
  {
    name: 'talks between two foreign powers that mention Vietnam only in passing',
    title: 'Mỹ và Trung Quốc hội đàm về thương mại song phương',
    body: 'Phái đoàn hai nước đã hội đàm hai ngày tại Geneva về thuế quan và chuỗi cung ứng. Giới phân tích cho rằng kết quả sẽ tác động tới thị trường toàn cầu, nhất là các nền kinh tế xuất khẩu.\nCác nhà kinh tế dự báo dòng vốn có thể dịch chuyển sang khu vực Đông Nam Á, trong đó có Việt Nam, nếu căng thẳng kéo dài.',
    relevant: false,
  },
  {
    name: 'a domestic festival full of culture words',
    title: 'Lễ hội văn hóa dân gian thu hút du khách về Phú Thọ',
    body: 'Lễ hội có nhiều hoạt động nghệ thuật truyền thống, trình diễn hát xoan và thi gói bánh. Ban tổ chức cho biết năm nay lượng khách du lịch tăng mạnh.',
    relevant: false,
  },
  {
    name: 'a province signing with a domestic company',
    title: 'UBND tỉnh Quảng Bình ký thỏa thuận hợp tác với một tập đoàn viễn thông',
    body: 'Theo thỏa thuận, hai bên phối hợp xây dựng chính quyền số, phát triển hạ tầng viễn thông và đào tạo nhân lực công nghệ thông tin cho tỉnh.',
    relevant: false,
  },
  {
    name: 'a football report about a foreign coach',
    title: 'Huấn luyện viên người Hàn Quốc chốt danh sách đội tuyển',
    body: 'Đội tuyển Việt Nam sẽ hội quân vào tuần sau để chuẩn bị cho trận đấu vòng loại. Huấn luyện viên cho biết ông đã làm việc với các câu lạc bộ để có đủ cầu thủ.',
    relevant: false,
  },
  {
    name: 'a crime story with a sworn brother',
    title: 'Bắt kẻ chủ mưu là anh em kết nghĩa của nạn nhân',
    body: 'Công an quận cho biết đối tượng đã thuê người đánh nạn nhân vì mâu thuẫn làm ăn. Hai người là anh em kết nghĩa nhiều năm.',
    relevant: false,
  },
];

describe('relevance', () => {
  it.each(CASES)('decides $relevant for $name', ({ title, body, relevant }) => {
    const result = relevanceOf(title, body);
    expect(result.relevant).toBe(relevant);
    expect(result.relevance).toBeGreaterThanOrEqual(0);
    expect(result.relevance).toBeLessThanOrEqual(1);
  });

  it('scores nothing relevant in an empty article', () => {
    expect(relevanceOf('', '').relevant).toBe(false);
  });

  it('lowers the score when no Vietnamese actor is there, all else equal', () => {
    const doc = analyzeText({ title: 'x', body: '' });
    const signals = relevanceSignals(doc, { provinces: [], countries: [], regions: [], activities: [] });
    const base = { ...signals, model: 0.9, partners: 1, vocabulary: 0.8, offTopic: 0, activity: 0.8 };
    expect(relevanceFromSignals({ ...base, vietnameseActor: 0 })).toBeLessThan(
      relevanceFromSignals({ ...base, vietnameseActor: 1 }),
    );
  });

  it('does not count a domestic activity without any foreign signal', () => {
    const base = { model: 0.9, partners: 0, vocabulary: 0, offTopic: 0, activity: 1, vietnameseActor: 1 };
    expect(relevanceFromSignals(base)).toBeLessThan(0.5);
  });
});
