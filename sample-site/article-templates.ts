/**
 * Fictional Vietnamese news written for the sample site: templates with slots for the locality,
 * the partner country and the people involved. Foreign-affairs templates carry an activity type
 * (LABELS.md codes); everyday templates are the irrelevant news every outlet also runs.
 * Every name of a person or an organisation here is invented.
 */

/** Values a template is filled with. */
export interface TemplateSlots {
  /** Province as an article names it: `Đà Nẵng`, `Lào Cai`. */
  province: string;
  /** A town or city inside it, for variety: `Hội An`, `Sa Pa`. */
  place: string;
  /** Partner country in Vietnamese: `Nhật Bản`. */
  country: string;
  /** A city or region of the partner: `tỉnh Gunma`. */
  partner: string;
  /** An invented Vietnamese official. */
  official: string;
  /** An invented foreign guest. */
  guest: string;
  /** A year, for plans and anniversaries. */
  year: number;
  /** A count, for aid, scholarships and delegations. */
  count: number;
}

export interface ArticleTemplate {
  /** Activity code of LABELS.md for foreign-affairs news; null for everyday news. */
  activity: string | null;
  section: string;
  title: (s: TemplateSlots) => string;
  sapo: (s: TemplateSlots) => string;
  paragraphs: (s: TemplateSlots) => string[];
}

export const FOREIGN_AFFAIRS_TEMPLATES: readonly ArticleTemplate[] = [
  {
    activity: 'delegation',
    section: 'doi-ngoai',
    title: (s) => `Lãnh đạo tỉnh ${s.province} tiếp đoàn công tác ${s.partner} (${s.country})`,
    sapo: (s) => `Chiều qua, ông ${s.official}, Phó Chủ tịch UBND tỉnh ${s.province}, đã tiếp đoàn công tác của ${s.partner}, ${s.country} do ông ${s.guest} dẫn đầu.`,
    paragraphs: (s) => [
      `Tại buổi tiếp, ông ${s.official} thông tin với đoàn về tình hình kinh tế - xã hội của ${s.province}, đặc biệt là tiềm năng phát triển du lịch tại ${s.place} và các khu công nghiệp mới.`,
      `Ông ${s.guest} cho biết ${s.partner} mong muốn mở rộng hợp tác với ${s.province} trong các lĩnh vực giáo dục, y tế và nông nghiệp công nghệ cao.`,
      `Hai bên thống nhất sớm trao đổi để tiến tới ký kết biên bản ghi nhớ hợp tác giai đoạn ${s.year}–${s.year + 4}.`,
      `Trong thời gian làm việc tại địa phương, đoàn sẽ khảo sát một số dự án và gặp gỡ ${s.count} doanh nghiệp của tỉnh.`,
    ],
  },
  {
    activity: 'agreement',
    section: 'doi-ngoai',
    title: (s) => `${s.province} và ${s.partner} ký kết thỏa thuận hợp tác hữu nghị`,
    sapo: (s) => `Sáng nay, tại ${s.place}, UBND tỉnh ${s.province} và chính quyền ${s.partner} (${s.country}) đã ký thỏa thuận thiết lập quan hệ hợp tác hữu nghị.`,
    paragraphs: (s) => [
      `Theo thỏa thuận, hai địa phương sẽ tăng cường trao đổi đoàn các cấp, hợp tác trong đào tạo nguồn nhân lực, xúc tiến thương mại và giao lưu văn hóa.`,
      `Phát biểu tại lễ ký, ông ${s.official} khẳng định thỏa thuận mở ra giai đoạn mới trong quan hệ giữa ${s.province} với các địa phương của ${s.country}.`,
      `Ông ${s.guest} bày tỏ tin tưởng rằng quan hệ hai bên sẽ phát triển thực chất, mang lại lợi ích cho người dân hai địa phương.`,
      `Đây là thỏa thuận hợp tác quốc tế thứ ${s.count} mà tỉnh ký kết kể từ đầu năm ${s.year}.`,
    ],
  },
  {
    activity: 'plan',
    section: 'doi-ngoai',
    title: (s) => `${s.province} ban hành kế hoạch công tác đối ngoại nhân dân năm ${s.year}`,
    sapo: (s) => `UBND tỉnh ${s.province} vừa ban hành kế hoạch triển khai công tác đối ngoại nhân dân năm ${s.year}, tập trung vào các đối tác truyền thống và mở rộng quan hệ với ${s.country}.`,
    paragraphs: (s) => [
      `Kế hoạch đặt mục tiêu nâng cao hiệu quả hoạt động của các tổ chức hữu nghị, phát huy vai trò của Liên hiệp các tổ chức hữu nghị tỉnh trong vận động viện trợ phi chính phủ nước ngoài.`,
      `Trong năm, tỉnh dự kiến tổ chức ${s.count} hoạt động giao lưu nhân dân, trong đó có chương trình gặp mặt kiều bào và tuần văn hóa tại ${s.place}.`,
      `Các sở, ngành được giao chủ động phối hợp với Sở Ngoại vụ, báo cáo kết quả thực hiện trước ngày 15 tháng 12 năm ${s.year}.`,
    ],
  },
  {
    activity: 'aid',
    section: 'doi-ngoai',
    title: (s) => `Tổ chức phi chính phủ của ${s.country} trao ${s.count} suất học bổng cho học sinh ${s.province}`,
    sapo: (s) => `Ngày hôm qua, tại ${s.place}, đại diện một tổ chức phi chính phủ của ${s.country} đã trao ${s.count} suất học bổng cho học sinh có hoàn cảnh khó khăn của tỉnh ${s.province}.`,
    paragraphs: (s) => [
      `Mỗi suất học bổng trị giá 3 triệu đồng, kèm theo sách vở và đồ dùng học tập cho năm học mới.`,
      `Bà ${s.guest}, đại diện tổ chức, cho biết đây là năm thứ năm tổ chức đồng hành cùng ngành giáo dục ${s.province}.`,
      `Ông ${s.official} cảm ơn sự hỗ trợ thiết thực của bạn bè ${s.country}, đề nghị tổ chức tiếp tục mở rộng chương trình tới các xã vùng cao.`,
    ],
  },
  {
    activity: 'culture_exchange',
    section: 'van-hoa',
    title: (s) => `Giao lưu văn hóa ${s.province} – ${s.country} tại ${s.place}`,
    sapo: (s) => `Tối qua, chương trình giao lưu văn hóa giữa ${s.province} và ${s.partner} (${s.country}) đã diễn ra tại ${s.place}, thu hút hàng nghìn người dân và du khách.`,
    paragraphs: (s) => [
      `Các nghệ sĩ hai nước mang đến nhiều tiết mục đặc sắc, từ dân ca truyền thống đến các điệu múa của ${s.country}.`,
      `Ông ${s.official} cho biết chương trình nằm trong chuỗi hoạt động kỷ niệm quan hệ hữu nghị giữa hai địa phương.`,
      `Bên lề chương trình, ban tổ chức trưng bày ${s.count} bức ảnh về đất nước, con người ${s.country} và ${s.province}.`,
    ],
  },
  {
    activity: 'overseas_vietnamese',
    section: 'doi-ngoai',
    title: (s) => `${s.province} gặp mặt kiều bào đang sinh sống tại ${s.country}`,
    sapo: (s) => `Nhân dịp đầu xuân, lãnh đạo tỉnh ${s.province} đã gặp mặt trực tuyến cộng đồng người Việt Nam đang sinh sống, học tập tại ${s.country}.`,
    paragraphs: (s) => [
      `Ông ${s.official} thông tin về kết quả phát triển của tỉnh, mong muốn kiều bào tiếp tục là cầu nối đưa doanh nghiệp ${s.country} đến đầu tư tại ${s.place}.`,
      `Đại diện hội người Việt tại ${s.partner} cho biết cộng đồng hiện có khoảng ${s.count * 100} người, nhiều người đang làm việc trong lĩnh vực công nghệ.`,
      `Tỉnh cam kết tạo điều kiện thuận lợi để kiều bào về thăm quê, đầu tư và đóng góp cho quê hương.`,
    ],
  },
];

export const EVERYDAY_TEMPLATES: readonly ArticleTemplate[] = [
  {
    activity: null,
    section: 'thoi-su',
    title: (s) => `${s.province}: khởi công nâng cấp tuyến đường ven biển qua ${s.place}`,
    sapo: (s) => `Sáng nay, UBND tỉnh ${s.province} tổ chức lễ khởi công dự án nâng cấp tuyến đường ven biển dài ${s.count} km.`,
    paragraphs: (s) => [
      `Dự án có tổng vốn đầu tư hơn 500 tỷ đồng từ ngân sách địa phương, dự kiến hoàn thành vào cuối năm ${s.year + 1}.`,
      `Ông ${s.official} yêu cầu nhà thầu bảo đảm chất lượng, an toàn lao động và giảm thiểu ảnh hưởng đến người dân.`,
      `Khi hoàn thành, tuyến đường sẽ giúp giảm ùn tắc và thúc đẩy phát triển du lịch tại ${s.place}.`,
    ],
  },
  {
    activity: null,
    section: 'kinh-te',
    title: (s) => `Giá sầu riêng tại ${s.province} tăng mạnh đầu vụ`,
    sapo: (s) => `Những ngày gần đây, giá sầu riêng thu mua tại vườn ở ${s.province} tăng thêm khoảng ${s.count} nghìn đồng mỗi kg.`,
    paragraphs: (s) => [
      `Nhiều nhà vườn ở ${s.place} cho biết năm nay năng suất ổn định, chất lượng trái tốt nhờ thời tiết thuận lợi.`,
      `Theo ngành nông nghiệp, diện tích sầu riêng của tỉnh đã tăng gần gấp đôi so với năm ${s.year - 3}.`,
      `Cơ quan chức năng khuyến cáo người dân không mở rộng diện tích ồ ạt, chú trọng mã số vùng trồng.`,
    ],
  },
  {
    activity: null,
    section: 'the-thao',
    title: (s) => `Giải chạy bộ ${s.place} mở rộng thu hút ${s.count * 100} vận động viên`,
    sapo: (s) => `Giải chạy bộ thường niên tại ${s.place} năm nay có ${s.count * 100} vận động viên tham gia, tăng mạnh so với năm trước.`,
    paragraphs: (s) => [
      `Các vận động viên tranh tài ở ba cự ly 5 km, 10 km và 21 km, đường chạy đi qua nhiều điểm di tích của ${s.province}.`,
      `Ban tổ chức dành một phần kinh phí để hỗ trợ học sinh khó khăn trên địa bàn.`,
    ],
  },
  {
    activity: null,
    section: 'thoi-su',
    title: (s) => `${s.province} chủ động ứng phó mưa lớn kéo dài`,
    sapo: (s) => `Trước dự báo mưa lớn kéo dài, Ban Chỉ huy phòng chống thiên tai tỉnh ${s.province} yêu cầu các địa phương sẵn sàng phương án sơ tán.`,
    paragraphs: (s) => [
      `Tại ${s.place}, lực lượng chức năng đã kiểm tra ${s.count} điểm có nguy cơ sạt lở và ngập úng.`,
      `Ông ${s.official} đề nghị người dân theo dõi thông tin thời tiết, không đi qua ngầm tràn khi nước lớn.`,
    ],
  },
];

/** Invented names for officials and guests, and partner localities by country. */
export const OFFICIALS: readonly string[] = ['Nguyễn Văn Hải', 'Trần Thị Minh Thu', 'Lê Quang Bình', 'Phạm Đức Long', 'Võ Thị Hồng Nhung', 'Hoàng Anh Tuấn'];

export interface PartnerCountry {
  name: string;
  code: string;
  partners: readonly string[];
  guests: readonly string[];
}

export const PARTNER_COUNTRIES: readonly PartnerCountry[] = [
  { name: 'Nhật Bản', code: 'JP', partners: ['tỉnh Gunma', 'thành phố Sakai'], guests: ['Tanaka Hiroshi', 'Suzuki Aiko'] },
  { name: 'Hàn Quốc', code: 'KR', partners: ['tỉnh Gyeongsang Bắc', 'thành phố Daegu'], guests: ['Kim Min-jun', 'Park Ji-woo'] },
  { name: 'Lào', code: 'LA', partners: ['tỉnh Savannakhet', 'tỉnh Luang Prabang'], guests: ['Bounmy Phommachanh', 'Khamla Sisouk'] },
  { name: 'Pháp', code: 'FR', partners: ['vùng Normandie', 'thành phố Lyon'], guests: ['Jean Dubois', 'Claire Martin'] },
  { name: 'Ấn Độ', code: 'IN', partners: ['bang Gujarat', 'bang Kerala'], guests: ['Rajesh Kumar', 'Priya Nair'] },
  { name: 'Cu Ba', code: 'CU', partners: ['tỉnh Matanzas', 'tỉnh Camagüey'], guests: ['Carlos Pérez', 'Ana Rodríguez'] },
  { name: 'Đức', code: 'DE', partners: ['bang Sachsen', 'thành phố Leipzig'], guests: ['Stefan Müller', 'Anna Schmidt'] },
  { name: 'Úc', code: 'AU', partners: ['bang Nam Úc', 'thành phố Adelaide'], guests: ['Michael Brown', 'Sarah Wilson'] },
];

/** Headlines for sidebars: other provinces and countries that an extractor must not take for the article's. */
export const SIDEBAR_HEADLINES: readonly string[] = [
  'Cà Mau đón đoàn doanh nghiệp Singapore khảo sát điện gió',
  'Quảng Ninh xúc tiến du lịch tại thị trường Trung Quốc',
  'Hà Giang: lễ hội hoa tam giác mạch thu hút du khách',
  'Đoàn đại biểu Campuchia thăm Tây Ninh',
  'Nghệ An tuyển chọn lao động đi làm việc tại Đài Loan',
  'Cần Thơ hợp tác với Hà Lan về quản lý nước',
  'Bình Định: mùa cá ngừ đại dương bội thu',
  'Thái Lan và Việt Nam thúc đẩy kết nối hàng không',
];
