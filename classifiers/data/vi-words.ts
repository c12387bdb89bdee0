/**
 * Multi-syllable Vietnamese words the tokenizer joins (`hợp tác` → `hợp_tác`). Not a full lexicon:
 * the words that carry meaning for foreign affairs, cooperation and people's diplomacy, plus the
 * common function words around them, so that a bag of tokens keeps them whole.
 */
export const VIETNAMESE_WORDS: readonly string[] = [
  // foreign affairs and diplomacy
  'đối ngoại', 'ngoại giao', 'ngoại vụ', 'nhân dân', 'hữu nghị', 'hợp tác', 'quốc tế', 'hội nhập',
  'đại sứ', 'đại sứ quán', 'tổng lãnh sự', 'lãnh sự', 'lãnh sự quán', 'tùy viên', 'đoàn công tác',
  'đại biểu', 'phái đoàn', 'chào xã giao', 'hội đàm', 'tiếp kiến', 'làm việc', 'thăm hỏi', 'chuyến thăm',
  'quan hệ', 'thiết lập', 'song phương', 'đa phương', 'đối tác', 'chiến lược', 'toàn diện',
  'liên hiệp', 'liên hiệp các tổ chức hữu nghị', 'hội hữu nghị', 'tổ chức', 'phi chính phủ', 'nước ngoài',
  'người nước ngoài', 'kiều bào', 'người việt nam ở nước ngoài', 'cộng đồng', 'việt kiều',
  // plans and programmes
  'kế hoạch', 'chương trình', 'đề án', 'dự án', 'quyết định', 'phê duyệt', 'chỉ thị', 'nghị quyết',
  'sơ kết', 'tổng kết', 'triển khai', 'thực hiện', 'nhiệm vụ', 'giải pháp', 'mục tiêu', 'ban hành',
  // meetings
  'hội thảo', 'hội nghị', 'diễn đàn', 'tọa đàm', 'đối thoại', 'gặp mặt', 'giao lưu', 'hội chợ', 'triển lãm',
  // anniversaries
  'kỷ niệm', 'quốc khánh', 'ngày thành lập', 'năm thành lập', 'truyền thống', 'lễ kỷ niệm',
  // agreements
  'ký kết', 'biên bản', 'ghi nhớ', 'biên bản ghi nhớ', 'thỏa thuận', 'kết nghĩa', 'hiệp định', 'cam kết',
  // aid
  'viện trợ', 'tài trợ', 'cứu trợ', 'trao tặng', 'hỗ trợ', 'nhân đạo', 'từ thiện', 'học bổng', 'nguồn vốn', 'vốn vay',
  // education
  'giáo dục', 'đào tạo', 'sinh viên', 'du học', 'học sinh', 'giảng viên', 'trường đại học', 'đại học', 'tình nguyện viên',
  // culture
  'văn hóa', 'nghệ thuật', 'lễ hội', 'thể thao', 'du lịch', 'ẩm thực', 'di sản', 'biểu diễn',
  // economy
  'xúc tiến', 'đầu tư', 'thương mại', 'doanh nghiệp', 'kinh tế', 'xuất khẩu', 'nhập khẩu', 'thị trường', 'nhà đầu tư',
  // promotion
  'thông tin đối ngoại', 'quảng bá', 'hình ảnh', 'tuyên truyền', 'truyền thông', 'báo chí',
  // border
  'biên giới', 'cửa khẩu', 'biên phòng', 'quốc phòng', 'đồn biên phòng', 'cột mốc', 'giáp biên',
  // government
  'ủy ban', 'ủy ban nhân dân', 'hội đồng nhân dân', 'tỉnh ủy', 'thành ủy', 'bí thư', 'chủ tịch', 'phó chủ tịch',
  'giám đốc', 'sở ngoại vụ', 'bộ ngoại giao', 'chính phủ', 'trung ương', 'mặt trận tổ quốc', 'thủ tướng',
  // general
  'việt nam', 'thành phố', 'địa phương', 'khu vực', 'phát triển', 'tăng cường', 'thúc đẩy', 'hoạt động',
  'lĩnh vực', 'tiềm năng', 'cơ hội', 'kết quả', 'năm nay', 'vừa qua',
];
