import { findSiteProfile } from '../sites/index.ts';
import type { SourceEntryInput } from './source-schema.ts';

/**
 * The registry of real Vietnamese sources likely to carry provincial foreign-affairs news.
 *
 * Nothing here was checked against the live sites (the machine that wrote it had no internet), so
 * every entry is `verified: false`. Entry points are left to discovery (robots.txt → sitemaps,
 * feeds linked from the home page, article links on the home page) unless the URL is well known;
 * a person who checks an entry adds its feeds, sitemaps and section listings and sets `verified`.
 */

const escapeHost = (host: string) => host.replace(/\./g, '\\.');

/**
 * Most Vietnamese news CMSs end an article URL with a numeric id: `-post812345.html`,
 * `-20240312104512345.htm`, `-4712345.html`, `-post1234567.vov`, `-781234`. Five digits or more,
 * so paging (`/trang-2`) and short section ids are not taken for articles.
 */
function numberedArticle(host: string): string {
  return `^https?://(?:www\\.|m\\.)?${escapeHost(host)}/(?:[^?#]*/)?[^/?#]*?-(?:post|p|a|d|t)?\\d{5,}(?:\\.(?:html?|vnp|vov|ldo|aspx))?$`;
}

/** Provincial government portals (often SharePoint-based): item ids in the query or a numbered slug. */
function portalArticle(host: string): string {
  return `^https?://(?:www\\.)?${escapeHost(host)}/.*(?:[?&](?:ItemID|itemid|ItemId|id|newsid|NewsID)=\\d+|-\\d{4,}(?:\\.(?:html?|aspx))?$)`;
}

const UNVERIFIED = 'not checked against the live site; entry points come from discovery (robots.txt sitemaps, home-page feeds and links)';
const UNVERIFIED_FEEDS = 'not checked against the live site; feed URLs are the outlet’s long-published RSS addresses, discovery is on as well';

type Kind = SourceEntryInput['kind'];

/** A source whose only configuration is its home page, discovery and the numbered-article pattern. */
function discovered(
  id: string,
  name: string,
  host: string,
  kind: Kind,
  homeProvince: string | null,
  schedule: string,
  extra: Partial<SourceEntryInput> = {},
): SourceEntryInput {
  // The extraction profile of crawlers/sites/ written for this host, when there is one.
  const profile = findSiteProfile(`https://${host}/`);
  return {
    ...(profile ? { extractionProfile: profile.site } : {}),
    id,
    name,
    homepage: `https://${host}/`,
    kind,
    homeProvince,
    articleUrlPattern: kind === 'provincial_portal' || kind === 'provincial_foreign_affairs' ? portalArticle(host) : numberedArticle(host),
    schedule,
    verified: false,
    note: UNVERIFIED,
    ...extra,
  };
}

// Schedules: national outlets hourly, provincial papers every two hours, portals and departments
// twice a day; minutes are spread so the crawls do not all start together.
const NATIONAL: SourceEntryInput[] = [
  discovered('thoidai', 'Tạp chí Thời Đại (Liên hiệp các tổ chức hữu nghị Việt Nam)', 'thoidai.com.vn', 'friendship_organisation', null, '5 * * * *'),
  discovered('vufo', 'Liên hiệp các tổ chức hữu nghị Việt Nam (VUFO)', 'vufo.org.vn', 'friendship_organisation', null, '10 */3 * * *', {
    // The federation's site is portal-like: item ids as well as numbered slugs.
    articleUrlPattern: portalArticle('vufo.org.vn'),
  }),
  discovered('baoquocte', 'Báo Thế giới & Việt Nam (baoquocte.vn)', 'baoquocte.vn', 'national_outlet', null, '8 * * * *'),
  discovered('dantri', 'Báo Dân trí', 'dantri.com.vn', 'national_outlet', null, '12 * * * *'),
  discovered('vietnamplus', 'VietnamPlus (TTXVN)', 'vietnamplus.vn', 'national_outlet', null, '15 * * * *', {
    homepage: 'https://www.vietnamplus.vn/',
  }),
  discovered('nhandan', 'Báo Nhân Dân', 'nhandan.vn', 'national_outlet', null, '18 * * * *'),
  discovered('vov', 'Đài Tiếng nói Việt Nam (VOV)', 'vov.vn', 'national_outlet', null, '21 * * * *'),
  discovered('baochinhphu', 'Báo điện tử Chính phủ', 'baochinhphu.vn', 'national_outlet', null, '24 * * * *'),
  discovered('qdnd', 'Báo Quân đội nhân dân', 'qdnd.vn', 'national_outlet', null, '27 * * * *', { homepage: 'https://www.qdnd.vn/' }),
  discovered('tuoitre', 'Báo Tuổi Trẻ', 'tuoitre.vn', 'national_outlet', null, '30 * * * *', {
    entryPoints: { feeds: ['https://tuoitre.vn/rss/tin-moi-nhat.rss', 'https://tuoitre.vn/rss/the-gioi.rss'] },
    note: UNVERIFIED_FEEDS,
  }),
  discovered('thanhnien', 'Báo Thanh Niên', 'thanhnien.vn', 'national_outlet', null, '33 * * * *'),
  discovered('vnexpress', 'VnExpress', 'vnexpress.net', 'national_outlet', null, '36 * * * *', {
    entryPoints: { feeds: ['https://vnexpress.net/rss/tin-moi-nhat.rss', 'https://vnexpress.net/rss/thoi-su.rss', 'https://vnexpress.net/rss/the-gioi.rss'] },
    note: UNVERIFIED_FEEDS,
  }),
  discovered('vietnamnet', 'VietNamNet', 'vietnamnet.vn', 'national_outlet', null, '39 * * * *'),
  discovered('baotintuc', 'Báo Tin tức (TTXVN)', 'baotintuc.vn', 'national_outlet', null, '42 * * * *'),
  discovered('laodong', 'Báo Lao Động', 'laodong.vn', 'national_outlet', null, '45 * * * *'),
  discovered('tienphong', 'Báo Tiền Phong', 'tienphong.vn', 'national_outlet', null, '48 * * * *'),
  discovered('dangcongsan', 'Báo điện tử Đảng Cộng sản Việt Nam', 'dangcongsan.vn', 'national_outlet', null, '51 * * * *'),
  discovered('quehuongonline', 'Quê Hương (Ủy ban Nhà nước về người Việt Nam ở nước ngoài)', 'quehuongonline.vn', 'national_outlet', null, '54 */3 * * *'),
];

const PROVINCIAL_PAPERS: SourceEntryInput[] = [
  discovered('hanoimoi', 'Báo Hànộimới', 'hanoimoi.vn', 'provincial_paper', 'ha-noi', '2 */2 * * *'),
  discovered('sggp', 'Báo Sài Gòn Giải Phóng', 'sggp.org.vn', 'provincial_paper', 'ho-chi-minh', '4 */2 * * *'),
  discovered('baohaiphong', 'Báo Hải Phòng', 'baohaiphong.vn', 'provincial_paper', 'hai-phong', '6 */2 * * *'),
  discovered('baodanang', 'Báo Đà Nẵng', 'baodanang.vn', 'provincial_paper', 'da-nang', '8 */2 * * *'),
  discovered('baoquangnam', 'Báo Quảng Nam', 'baoquangnam.vn', 'provincial_paper', 'quang-nam', '10 */2 * * *'),
  discovered('baothuathienhue', 'Báo Thừa Thiên Huế', 'baothuathienhue.vn', 'provincial_paper', 'thua-thien-hue', '12 */2 * * *'),
  discovered('baokhanhhoa', 'Báo Khánh Hòa', 'baokhanhhoa.vn', 'provincial_paper', 'khanh-hoa', '14 */2 * * *'),
  discovered('baoquangninh', 'Báo Quảng Ninh', 'baoquangninh.vn', 'provincial_paper', 'quang-ninh', '16 */2 * * *'),
  discovered('baolaocai', 'Báo Lào Cai', 'baolaocai.vn', 'provincial_paper', 'lao-cai', '18 */2 * * *'),
  discovered('baocantho', 'Báo Cần Thơ', 'baocantho.com.vn', 'provincial_paper', 'can-tho', '20 */2 * * *'),
  discovered('baodongnai', 'Báo Đồng Nai', 'baodongnai.com.vn', 'provincial_paper', 'dong-nai', '22 */2 * * *'),
  discovered('baonghean', 'Báo Nghệ An', 'baonghean.vn', 'provincial_paper', 'nghe-an', '24 */2 * * *'),
  discovered('baothanhhoa', 'Báo Thanh Hóa', 'baothanhhoa.vn', 'provincial_paper', 'thanh-hoa', '26 */2 * * *'),
  discovered('baohatinh', 'Báo Hà Tĩnh', 'baohatinh.vn', 'provincial_paper', 'ha-tinh', '28 */2 * * *'),
  discovered('baoquangbinh', 'Báo Quảng Bình', 'baoquangbinh.vn', 'provincial_paper', 'quang-binh', '30 */2 * * *'),
  discovered('baoquangtri', 'Báo Quảng Trị', 'baoquangtri.vn', 'provincial_paper', 'quang-tri', '32 */2 * * *'),
  discovered('baoquangngai', 'Báo Quảng Ngãi', 'baoquangngai.vn', 'provincial_paper', 'quang-ngai', '34 */2 * * *'),
  discovered('baobinhdinh', 'Báo Bình Định', 'baobinhdinh.vn', 'provincial_paper', 'binh-dinh', '36 */2 * * *'),
  discovered('baophuyen', 'Báo Phú Yên', 'baophuyen.vn', 'provincial_paper', 'phu-yen', '38 */2 * * *'),
  discovered('baogialai', 'Báo Gia Lai', 'baogialai.com.vn', 'provincial_paper', 'gia-lai', '40 */2 * * *'),
  discovered('baodaklak', 'Báo Đắk Lắk', 'baodaklak.vn', 'provincial_paper', 'dak-lak', '42 */2 * * *'),
  discovered('baolamdong', 'Báo Lâm Đồng', 'baolamdong.vn', 'provincial_paper', 'lam-dong', '44 */2 * * *'),
  discovered('baobinhduong', 'Báo Bình Dương', 'baobinhduong.vn', 'provincial_paper', 'binh-duong', '46 */2 * * *'),
  discovered('baobariavungtau', 'Báo Bà Rịa - Vũng Tàu', 'baobariavungtau.com.vn', 'provincial_paper', 'ba-ria-vung-tau', '48 */2 * * *'),
  discovered('baolongan', 'Báo Long An', 'baolongan.vn', 'provincial_paper', 'long-an', '50 */2 * * *'),
  discovered('baoangiang', 'Báo An Giang', 'baoangiang.com.vn', 'provincial_paper', 'an-giang', '52 */2 * * *'),
  discovered('baocamau', 'Báo Cà Mau', 'baocamau.vn', 'provincial_paper', 'ca-mau', '54 */2 * * *'),
  discovered('baotayninh', 'Báo Tây Ninh', 'baotayninh.vn', 'provincial_paper', 'tay-ninh', '56 */2 * * *'),
  discovered('baolangson', 'Báo Lạng Sơn', 'baolangson.vn', 'provincial_paper', 'lang-son', '58 */2 * * *'),
  discovered('baocaobang', 'Báo Cao Bằng', 'baocaobang.vn', 'provincial_paper', 'cao-bang', '1 1-23/2 * * *'),
  discovered('baodienbienphu', 'Báo Điện Biên Phủ', 'baodienbienphu.com.vn', 'provincial_paper', 'dien-bien', '3 1-23/2 * * *'),
  discovered('baolaichau', 'Báo Lai Châu', 'baolaichau.vn', 'provincial_paper', 'lai-chau', '5 1-23/2 * * *'),
  discovered('baosonla', 'Báo Sơn La', 'baosonla.vn', 'provincial_paper', 'son-la', '7 1-23/2 * * *'),
  discovered('baothainguyen', 'Báo Thái Nguyên', 'baothainguyen.vn', 'provincial_paper', 'thai-nguyen', '9 1-23/2 * * *'),
  discovered('baophutho', 'Báo Phú Thọ', 'baophutho.vn', 'provincial_paper', 'phu-tho', '11 1-23/2 * * *'),
  discovered('baohaiduong', 'Báo Hải Dương', 'baohaiduong.vn', 'provincial_paper', 'hai-duong', '13 1-23/2 * * *'),
  discovered('baohungyen', 'Báo Hưng Yên', 'baohungyen.vn', 'provincial_paper', 'hung-yen', '15 1-23/2 * * *'),
  discovered('baothaibinh', 'Báo Thái Bình', 'baothaibinh.com.vn', 'provincial_paper', 'thai-binh', '17 1-23/2 * * *'),
  discovered('baonamdinh', 'Báo Nam Định', 'baonamdinh.vn', 'provincial_paper', 'nam-dinh', '19 1-23/2 * * *'),
  discovered('baoninhbinh', 'Báo Ninh Bình', 'baoninhbinh.org.vn', 'provincial_paper', 'ninh-binh', '21 1-23/2 * * *'),
  discovered('baovinhphuc', 'Báo Vĩnh Phúc', 'baovinhphuc.com.vn', 'provincial_paper', 'vinh-phuc', '23 1-23/2 * * *'),
  discovered('baobacgiang', 'Báo Bắc Giang', 'baobacgiang.vn', 'provincial_paper', 'bac-giang', '25 1-23/2 * * *'),
  discovered('baotuyenquang', 'Báo Tuyên Quang', 'baotuyenquang.com.vn', 'provincial_paper', 'tuyen-quang', '27 1-23/2 * * *'),
  discovered('baohagiang', 'Báo Hà Giang', 'baohagiang.vn', 'provincial_paper', 'ha-giang', '29 1-23/2 * * *'),
  discovered('baoyenbai', 'Báo Yên Bái', 'baoyenbai.com.vn', 'provincial_paper', 'yen-bai', '31 1-23/2 * * *'),
  discovered('baohoabinh', 'Báo Hòa Bình', 'baohoabinh.com.vn', 'provincial_paper', 'hoa-binh', '33 1-23/2 * * *'),
  discovered('baokontum', 'Báo Kon Tum', 'baokontum.com.vn', 'provincial_paper', 'kon-tum', '35 1-23/2 * * *'),
  discovered('baodaknong', 'Báo Đắk Nông', 'baodaknong.vn', 'provincial_paper', 'dak-nong', '37 1-23/2 * * *'),
  discovered('baobinhthuan', 'Báo Bình Thuận', 'baobinhthuan.com.vn', 'provincial_paper', 'binh-thuan', '39 1-23/2 * * *'),
  discovered('baoninhthuan', 'Báo Ninh Thuận', 'baoninhthuan.com.vn', 'provincial_paper', 'ninh-thuan', '41 1-23/2 * * *'),
  discovered('baobinhphuoc', 'Báo Bình Phước', 'baobinhphuoc.com.vn', 'provincial_paper', 'binh-phuoc', '43 1-23/2 * * *'),
  discovered('baoapbac', 'Báo Ấp Bắc (Tiền Giang)', 'baoapbac.vn', 'provincial_paper', 'tien-giang', '45 1-23/2 * * *'),
  discovered('baodongkhoi', 'Báo Đồng Khởi (Bến Tre)', 'baodongkhoi.vn', 'provincial_paper', 'ben-tre', '47 1-23/2 * * *'),
  discovered('baotravinh', 'Báo Trà Vinh', 'baotravinh.vn', 'provincial_paper', 'tra-vinh', '49 1-23/2 * * *'),
  discovered('baovinhlong', 'Báo Vĩnh Long', 'baovinhlong.com.vn', 'provincial_paper', 'vinh-long', '51 1-23/2 * * *'),
  discovered('baodongthap', 'Báo Đồng Tháp', 'baodongthap.vn', 'provincial_paper', 'dong-thap', '53 1-23/2 * * *'),
  discovered('baohaugiang', 'Báo Hậu Giang', 'baohaugiang.com.vn', 'provincial_paper', 'hau-giang', '55 1-23/2 * * *'),
  discovered('baosoctrang', 'Báo Sóc Trăng', 'baosoctrang.org.vn', 'provincial_paper', 'soc-trang', '57 1-23/2 * * *'),
  discovered('baobaclieu', 'Báo Bạc Liêu', 'baobaclieu.vn', 'provincial_paper', 'bac-lieu', '59 1-23/2 * * *'),
  discovered('baobackan', 'Báo Bắc Kạn', 'baobackan.org.vn', 'provincial_paper', 'bac-kan', '0 1-23/2 * * *'),
  discovered('baohanam', 'Báo Hà Nam', 'baohanam.com.vn', 'provincial_paper', 'ha-nam', '2 1-23/2 * * *'),
];

const PORTALS_AND_DEPARTMENTS: SourceEntryInput[] = [
  discovered('nghean-portal', 'Cổng thông tin điện tử tỉnh Nghệ An', 'nghean.gov.vn', 'provincial_portal', 'nghe-an', '15 7,19 * * *'),
  discovered('danang-portal', 'Cổng thông tin điện tử thành phố Đà Nẵng', 'danang.gov.vn', 'provincial_portal', 'da-nang', '20 7,19 * * *'),
  discovered('quangninh-portal', 'Cổng thông tin điện tử tỉnh Quảng Ninh', 'quangninh.gov.vn', 'provincial_portal', 'quang-ninh', '25 7,19 * * *'),
  discovered('laocai-portal', 'Cổng thông tin điện tử tỉnh Lào Cai', 'laocai.gov.vn', 'provincial_portal', 'lao-cai', '30 7,19 * * *'),
  discovered('songoaivu-hcm', 'Sở Ngoại vụ Thành phố Hồ Chí Minh', 'songoaivu.hochiminhcity.gov.vn', 'provincial_foreign_affairs', 'ho-chi-minh', '35 7,19 * * *'),
  discovered('songoaivu-quangninh', 'Sở Ngoại vụ tỉnh Quảng Ninh', 'songoaivu.quangninh.gov.vn', 'provincial_foreign_affairs', 'quang-ninh', '40 7,19 * * *'),
  discovered('songoaivu-laocai', 'Sở Ngoại vụ tỉnh Lào Cai', 'songoaivu.laocai.gov.vn', 'provincial_foreign_affairs', 'lao-cai', '45 7,19 * * *'),
  discovered('songoaivu-nghean', 'Sở Ngoại vụ tỉnh Nghệ An', 'songoaivu.nghean.gov.vn', 'provincial_foreign_affairs', 'nghe-an', '50 7,19 * * *'),
];

/** Every shipped source, as written; crawlers/sources/registry.ts validates them at load. */
export const REGISTRY_DATA: readonly SourceEntryInput[] = [...NATIONAL, ...PROVINCIAL_PAPERS, ...PORTALS_AND_DEPARTMENTS];
