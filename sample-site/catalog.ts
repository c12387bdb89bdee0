import { seededRandom } from '../pipeline/seeded-random.ts';
import {
  EVERYDAY_TEMPLATES,
  FOREIGN_AFFAIRS_TEMPLATES,
  OFFICIALS,
  PARTNER_COUNTRIES,
  type ArticleTemplate,
  type TemplateSlots,
} from './article-templates.ts';

/** How the registry entry of an outlet reaches its articles, so each discovery path is exercised. */
export type OutletStyle = 'explicit' | 'discovery' | 'listings';

export interface Outlet {
  /** Path prefix and source id: `baomau-a`. */
  id: string;
  name: string;
  kind: 'provincial_paper' | 'provincial_portal' | 'national_outlet';
  homeProvince: string | null;
  style: OutletStyle;
  /** Localities the outlet writes about: name as printed, slug, towns inside it. */
  localities: ReadonlyArray<{ name: string; slug: string; places: readonly string[] }>;
  /** Offset of article ids: ids of outlet A start at 100001. */
  idBase: number;
}

export const OUTLETS: readonly Outlet[] = [
  {
    id: 'baomau-a',
    name: 'Báo Sông Hàn (mẫu)',
    kind: 'provincial_paper',
    homeProvince: 'da-nang',
    style: 'explicit',
    localities: [{ name: 'Đà Nẵng', slug: 'da-nang', places: ['quận Sơn Trà', 'quận Hải Châu', 'quận Ngũ Hành Sơn'] }],
    idBase: 100_000,
  },
  {
    id: 'baomau-b',
    name: 'Cổng thông tin Lào Cai (mẫu)',
    kind: 'provincial_portal',
    homeProvince: 'lao-cai',
    style: 'discovery',
    localities: [{ name: 'Lào Cai', slug: 'lao-cai', places: ['thị xã Sa Pa', 'huyện Bát Xát', 'huyện Bắc Hà'] }],
    idBase: 200_000,
  },
  {
    id: 'baomau-c',
    name: 'Thời báo Hữu nghị (mẫu)',
    kind: 'national_outlet',
    homeProvince: null,
    style: 'listings',
    localities: [
      { name: 'Khánh Hòa', slug: 'khanh-hoa', places: ['thành phố Nha Trang', 'thị xã Ninh Hòa'] },
      { name: 'Nghệ An', slug: 'nghe-an', places: ['thành phố Vinh', 'huyện Nam Đàn'] },
      { name: 'Quảng Ninh', slug: 'quang-ninh', places: ['thành phố Hạ Long', 'thành phố Móng Cái'] },
      { name: 'Cần Thơ', slug: 'can-tho', places: ['quận Ninh Kiều', 'quận Cái Răng'] },
    ],
    idBase: 300_000,
  },
];

/** One article of the sample site; mutable so a test can change it through `updateArticle`. */
export interface SampleArticle {
  id: number;
  outletId: string;
  section: string;
  /** Path on the site: `/baomau-a/doi-ngoai/da-nang-va-tinh-gunma-ky-ket-100002.html`. */
  path: string;
  title: string;
  sapo: string;
  paragraphs: string[];
  publishedAt: Date;
  modifiedAt: Date;
  /** Bumped by every update. */
  version: number;
  /** Activity code for foreign-affairs news, null for everyday news. */
  activity: string | null;
  /** ISO code of the partner country of a foreign-affairs article. */
  countryCode: string | null;
  provinceSlug: string;
  /** A team fixture page served as is; its `html` replaces the template. */
  fixtureHtml?: Buffer;
}

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)] as T;

/** ASCII slug of a Vietnamese title: `Đà Nẵng ký kết` → `da-nang-ky-ket`. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 10)
    .join('-');
}

/** Hours between two consecutive articles of one outlet. */
const ARTICLE_SPACING_HOURS = 5;

/**
 * Generates `count` articles for an outlet, newest first: six in ten are foreign-affairs news
 * (the relevant ones), the rest everyday news.
 */
export function generateArticles(outlet: Outlet, count: number, newest: Date): SampleArticle[] {
  const random = seededRandom(outlet.idBase + count);
  const articles: SampleArticle[] = [];
  for (let index = 0; index < count; index += 1) {
    const foreign = index % 10 < 6;
    const template: ArticleTemplate = foreign ? pick(FOREIGN_AFFAIRS_TEMPLATES, random) : pick(EVERYDAY_TEMPLATES, random);
    const locality = outlet.localities[index % outlet.localities.length] as Outlet['localities'][number];
    const country = pick(PARTNER_COUNTRIES, random);
    const publishedAt = new Date(newest.getTime() - index * ARTICLE_SPACING_HOURS * 3600_000);
    const slots: TemplateSlots = {
      province: locality.name,
      place: pick(locality.places, random),
      country: country.name,
      partner: pick(country.partners, random),
      official: pick(OFFICIALS, random),
      guest: pick(country.guests, random),
      year: publishedAt.getUTCFullYear(),
      count: 3 + Math.floor(random() * 40),
    };
    const id = outlet.idBase + index + 1;
    const title = template.title(slots);
    articles.push({
      id,
      outletId: outlet.id,
      section: template.section,
      path: `/${outlet.id}/${template.section}/${slugify(title)}-${id}.html`,
      title,
      sapo: template.sapo(slots),
      paragraphs: template.paragraphs(slots),
      publishedAt,
      modifiedAt: publishedAt,
      version: 1,
      activity: template.activity,
      countryCode: template.activity ? country.code : null,
      provinceSlug: locality.slug,
    });
  }
  return articles;
}
