// Interface texts in Vietnamese (default) and English. Data labels (province, country, activity
// names) come from the API in Vietnamese and stay so: they are the names analysts search for.

/** @type {Record<'vi'|'en', Record<string, string>>} */
const DICTIONARY = {
  vi: {
    appTitle: 'Tin đối ngoại địa phương',
    searchLabel: 'Tìm kiếm',
    searchPlaceholder: 'ví dụ: hợp tác giáo dục, "kết nghĩa" OR hữu nghị -thể thao',
    searchButton: 'Tìm',
    queryHelp: 'Không dấu khớp mọi dấu; "cụm từ"; OR; -loại trừ',
    navSearch: 'Tìm kiếm',
    navSources: 'Nguồn tin',
    navLabel: 'Điều hướng',
    facetsLabel: 'Bộ lọc theo nhóm',
    chartsLabel: 'Biểu đồ theo bộ lọc',
    language: 'Ngôn ngữ',
    facetProvince: 'Tỉnh, thành',
    facetCountry: 'Quốc gia đối tác',
    facetActivity: 'Loại hoạt động',
    facetSource: 'Nguồn',
    facetMonth: 'Tháng',
    provinceModeCurrent: '34 đơn vị hiện nay',
    provinceModeNamed: '63 đơn vị trước 2025 (tên trong bài)',
    provinceMode: 'Cách tính tỉnh',
    includeIrrelevant: 'Gồm cả bài không liên quan đối ngoại',
    results: '{n} bài',
    resultsFor: '{n} bài cho: {q}',
    noResults: 'Không tìm thấy bài nào. Thử bỏ bớt bộ lọc hoặc từ khoá.',
    approximate: 'Rất nhiều bài khớp: tổng số và số đếm theo nhóm được ước tính từ một mẫu 1/64 bài. Tệp xuất luôn đầy đủ.',
    rankingRecent: 'Thứ tự liên quan được tính trên 1.000 bài khớp mới nhất; thêm bộ lọc để xếp hạng tất cả.',
    rankingSample: 'Thứ tự liên quan được tính trên một mẫu 1/256 bài khớp; thêm bộ lọc để xếp hạng tất cả.',
    more: 'Xem thêm kết quả',
    loading: 'Đang tải…',
    error: 'Lỗi: {m}',
    noDate: 'không rõ ngày',
    activeFilters: 'Bộ lọc đang dùng',
    removeFilter: 'Bỏ lọc {f}',
    clearAll: 'Bỏ mọi bộ lọc',
    export: 'Tải dữ liệu theo bộ lọc',
    chartMonths: 'Số bài theo tháng, chia theo hoạt động',
    chartMonthsNote: 'Một bài có nhiều hoạt động được tính ở mỗi hoạt động.',
    chartCountries: 'Quốc gia đối tác nhiều bài nhất',
    chartMap: 'Bản đồ ô: số bài theo tỉnh',
    mapLegend: 'Ô đậm hơn = nhiều bài hơn; ô trắng = không có bài',
    noData: 'Chưa có dữ liệu cho bộ lọc này.',
    back: '← Quay lại kết quả',
    original: 'Mở bài gốc',
    published: 'Ngày đăng',
    source: 'Nguồn',
    tags: 'Nhãn và bằng chứng',
    tagsHelp: 'Trỏ vào (hoặc chọn bằng Tab) một nhãn để tô các đoạn bằng chứng của nó.',
    confidence: 'độ tin cậy',
    method: 'cách gán',
    evidenceCount: '{n} đoạn bằng chứng',
    primary: 'chính',
    duplicates: 'Bài gần trùng',
    noDuplicates: 'Không có bài gần trùng.',
    distance: 'khác {n} bit',
    kind_province: 'Tỉnh',
    kind_country: 'Quốc gia',
    kind_activity: 'Hoạt động',
    kind_region: 'Vùng',
    sourcesTitle: 'Nguồn tin và lần thu thập gần nhất',
    colSource: 'Nguồn',
    colArticles: 'Số bài',
    colStatus: 'Trạng thái',
    colStarted: 'Bắt đầu',
    colCounters: 'Phát hiện / tải / không đổi / lỗi / lưu / liên quan',
    colAction: 'Thao tác',
    crawlNow: 'Thu thập ngay',
    apiKeyPrompt: 'Nhập khoá API (x-api-key) để thu thập nguồn {s}:',
    crawlQueued: 'Đã xếp hàng thu thập {s}.',
    crawlStarted: 'Đã bắt đầu thu thập {s}.',
    neverCrawled: 'chưa thu thập',
    disabled: 'đang tắt',
    queueDashboard: 'Bảng theo dõi hàng đợi',
    status_running: 'đang chạy',
    status_succeeded: 'thành công',
    status_failed: 'thất bại',
    status_cancelled: 'đã huỷ',
  },
  en: {
    appTitle: 'Provincial foreign-affairs news',
    searchLabel: 'Search',
    searchPlaceholder: 'e.g. hop tac giao duc, "kết nghĩa" OR hữu nghị -thể thao',
    searchButton: 'Search',
    queryHelp: 'No diacritics matches any; "phrase"; OR; -exclude',
    navSearch: 'Search',
    navSources: 'Sources',
    navLabel: 'Navigation',
    facetsLabel: 'Facets',
    chartsLabel: 'Charts for the filters',
    language: 'Language',
    facetProvince: 'Province',
    facetCountry: 'Partner country',
    facetActivity: 'Activity type',
    facetSource: 'Source',
    facetMonth: 'Month',
    provinceModeCurrent: '34 current units',
    provinceModeNamed: '63 units before 2025 (as named)',
    provinceMode: 'Province counting',
    includeIrrelevant: 'Include articles not about foreign affairs',
    results: '{n} articles',
    resultsFor: '{n} articles for: {q}',
    noResults: 'No articles found. Try fewer filters or words.',
    approximate: 'Very many articles match: the total and the facet counts are estimated from a 1-in-64 sample. Exports are always complete.',
    rankingRecent: 'Relevance order covers the 1,000 most recent matches; add filters to rank them all.',
    rankingSample: 'Relevance order covers a 1-in-256 sample of the matches; add filters to rank them all.',
    more: 'More results',
    loading: 'Loading…',
    error: 'Error: {m}',
    noDate: 'no date',
    activeFilters: 'Active filters',
    removeFilter: 'Remove filter {f}',
    clearAll: 'Clear all filters',
    export: 'Download the filtered data',
    chartMonths: 'Articles per month, by activity',
    chartMonthsNote: 'An article with several activities counts once in each.',
    chartCountries: 'Top partner countries',
    chartMap: 'Tile map: articles per province',
    mapLegend: 'Darker tile = more articles; white = none',
    noData: 'No data for these filters yet.',
    back: '← Back to results',
    original: 'Open the original page',
    published: 'Published',
    source: 'Source',
    tags: 'Tags and evidence',
    tagsHelp: 'Point at (or Tab to) a tag to highlight its evidence.',
    confidence: 'confidence',
    method: 'method',
    evidenceCount: '{n} evidence spans',
    primary: 'primary',
    duplicates: 'Near-duplicates',
    noDuplicates: 'No near-duplicates.',
    distance: '{n} bits apart',
    kind_province: 'Province',
    kind_country: 'Country',
    kind_activity: 'Activity',
    kind_region: 'Region',
    sourcesTitle: 'Sources and their last crawl',
    colSource: 'Source',
    colArticles: 'Articles',
    colStatus: 'Status',
    colStarted: 'Started',
    colCounters: 'Discovered / fetched / unchanged / failed / stored / relevant',
    colAction: 'Action',
    crawlNow: 'Crawl now',
    apiKeyPrompt: 'API key (x-api-key) to crawl {s}:',
    crawlQueued: 'Crawl of {s} queued.',
    crawlStarted: 'Crawl of {s} started.',
    neverCrawled: 'never crawled',
    disabled: 'disabled',
    queueDashboard: 'Queue dashboard',
    status_running: 'running',
    status_succeeded: 'succeeded',
    status_failed: 'failed',
    status_cancelled: 'cancelled',
  },
};

let language = 'vi';

/** Sets the interface language ('vi' or 'en'; anything else falls back to 'vi'). */
export function setLanguage(lang) {
  language = lang === 'en' ? 'en' : 'vi';
  document.documentElement.lang = language;
}

export function currentLanguage() {
  return language;
}

/** The text for `key` with `{name}` placeholders filled; the key itself when missing (visible, not blank). */
export function t(key, values = {}) {
  const text = DICTIONARY[language][key] ?? DICTIONARY.vi[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ''));
}

/** Fills every element carrying data-i18n (text), data-i18n-placeholder or data-i18n-label (aria-label). */
export function translatePage(root = document) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-placeholder]'))
    el.placeholder = t(el.dataset.i18nPlaceholder);
  for (const el of root.querySelectorAll('[data-i18n-label]'))
    el.setAttribute('aria-label', t(el.dataset.i18nLabel));
  document.title = t('appTitle');
}

/** A number written the local way (1.234 in Vietnamese, 1,234 in English). */
export function formatNumber(n) {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN').format(n);
}

/** A date (ISO string) as day/month/year in Vietnam's time zone. */
export function formatDate(iso) {
  if (!iso) return t('noDate');
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(iso));
}
