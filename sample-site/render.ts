import { SIDEBAR_HEADLINES } from './article-templates.ts';
import type { Outlet, SampleArticle } from './catalog.ts';

/** Articles on one listing page. */
export const LISTING_PAGE_SIZE = 8;

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** ISO 8601 in Vietnam's offset, as Vietnamese sites print it: `2026-11-20T08:00:00+07:00`. */
export function vietnamTime(date: Date): string {
  const shifted = new Date(date.getTime() + 7 * 3600_000);
  return `${shifted.toISOString().slice(0, 19)}+07:00`;
}

/** `20/11/2026 08:00` as printed under a headline. */
function printedTime(date: Date): string {
  const iso = vietnamTime(date);
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)} ${iso.slice(11, 16)}`;
}

export const SECTION_NAMES: Readonly<Record<string, string>> = {
  'doi-ngoai': 'Đối ngoại',
  'van-hoa': 'Văn hóa',
  'thoi-su': 'Thời sự',
  'kinh-te': 'Kinh tế',
  'the-thao': 'Thể thao',
  'tu-lieu': 'Tư liệu',
};

/** The print version of an article lives under `/ban-in/`, which robots.txt disallows. */
export const printPath = (article: SampleArticle) => article.path.replace(`/${article.outletId}/${article.section}/`, `/${article.outletId}/ban-in/`);

function layout(outlet: Outlet, title: string, head: string, main: string): string {
  const nav = Object.entries(SECTION_NAMES)
    .map(([slug, name]) => `<li><a href="/${outlet.id}/${slug}">${name}</a></li>`)
    .join('');
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
${head}
</head>
<body>
<header class="site-header"><a class="logo" href="/${outlet.id}/">${escapeHtml(outlet.name)}</a><nav><ul class="menu">${nav}</ul></nav></header>
${main}
<footer class="site-footer"><p>${escapeHtml(outlet.name)} — trang tin mẫu dùng để kiểm thử, mọi nội dung đều là hư cấu.</p><p>Địa chỉ: 01 Đường Mẫu, Việt Nam. Điện thoại: 0236 000 000.</p></footer>
</body>
</html>
`;
}

function teaser(article: SampleArticle): string {
  return `<article class="story"><h3><a href="${article.path}">${escapeHtml(article.title)}</a></h3><time datetime="${vietnamTime(article.publishedAt)}">${printedTime(article.publishedAt)}</time><p>${escapeHtml(article.sapo)}</p></article>`;
}

function feedLink(outlet: Outlet): string {
  return outlet.style === 'listings'
    ? `<link rel="alternate" type="application/atom+xml" title="${escapeHtml(outlet.name)}" href="/${outlet.id}/atom.xml">`
    : `<link rel="alternate" type="application/rss+xml" title="${escapeHtml(outlet.name)}" href="/${outlet.id}/rss/tin-moi.rss">`;
}

export interface HomeExtras {
  /** Links that lead to a redirect, a 404 or a disallowed page. */
  trapLinks: string[];
}

export function renderHome(outlet: Outlet, latest: SampleArticle[], extras: HomeExtras): string {
  const prints = latest.slice(0, 3).map((article) => `<li><a href="${printPath(article)}">Bản in: ${escapeHtml(article.title)}</a></li>`);
  const traps = extras.trapLinks.map((href) => `<li><a href="${href}">Xem thêm</a></li>`);
  const main = `<main class="home"><h1>${escapeHtml(outlet.name)}</h1>
<section class="latest">${latest.map(teaser).join('\n')}</section>
<aside class="tools"><ul>${[...prints, ...traps].join('')}</ul></aside></main>`;
  return layout(outlet, outlet.name, feedLink(outlet), main);
}

/** One listing page; `page` counts from 1, `pageUrl(n)` gives the path of page n. */
export function renderListing(
  outlet: Outlet,
  section: string,
  pageArticles: SampleArticle[],
  page: number,
  pageCount: number,
  pageUrl: (page: number) => string,
  extraLinks: string[] = [],
): string {
  const next = page < pageCount ? pageUrl(page + 1) : undefined;
  const prev = page > 1 ? pageUrl(page - 1) : undefined;
  const numbers = Array.from({ length: pageCount }, (_, i) => i + 1)
    .filter((n) => Math.abs(n - page) <= 2)
    .map((n) => (n === page ? `<span class="current">${n}</span>` : `<a href="${pageUrl(n)}">${n}</a>`));
  const pager = `<nav class="pagination">${prev ? `<a rel="prev" href="${prev}">Trang trước</a>` : ''}${numbers.join('')}${next ? `<a rel="next" href="${next}">Trang sau</a>` : ''}</nav>`;
  const head = `${feedLink(outlet)}${next ? `<link rel="next" href="${next}">` : ''}`;
  const extras = extraLinks.map((href) => `<li><a href="${href}">Tin cũ</a></li>`).join('');
  const main = `<main class="listing"><h1>${SECTION_NAMES[section] ?? section}</h1>
${pageArticles.map(teaser).join('\n')}
${extras ? `<ul class="more">${extras}</ul>` : ''}
${pager}</main>`;
  return layout(outlet, `${SECTION_NAMES[section] ?? section} - trang ${page}`, head, main);
}

export function renderArticle(outlet: Outlet, article: SampleArticle, related: SampleArticle[], siteUrl: string): string {
  const published = vietnamTime(article.publishedAt);
  const modified = vietnamTime(article.modifiedAt);
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.sapo,
    datePublished: published,
    dateModified: modified,
    author: { '@type': 'Person', name: 'Phóng viên mẫu' },
    publisher: { '@type': 'Organization', name: outlet.name },
    mainEntityOfPage: `${siteUrl}${article.path}`,
  });
  const head = `<meta name="description" content="${escapeHtml(article.sapo)}">
<link rel="canonical" href="${siteUrl}${article.path}">
<meta property="og:type" content="article">
<meta property="og:title" content="${escapeHtml(article.title)}">
<meta property="og:description" content="${escapeHtml(article.sapo)}">
<meta property="article:published_time" content="${published}">
<meta property="article:modified_time" content="${modified}">
<meta property="article:section" content="${SECTION_NAMES[article.section] ?? article.section}">
<script type="application/ld+json">${jsonLd}</script>`;
  const body = article.paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('\n');
  const relatedItems = related.map((other) => `<li><a href="${other.path}">${escapeHtml(other.title)}</a></li>`);
  const sidebar = SIDEBAR_HEADLINES.slice(article.id % 4, (article.id % 4) + 4).map((headline) => `<li><a href="/${outlet.id}/">${escapeHtml(headline)}</a></li>`);
  const main = `<main class="article-page">
<div class="breadcrumb"><a href="/${outlet.id}/">Trang chủ</a> › <a href="/${outlet.id}/${article.section}">${SECTION_NAMES[article.section] ?? article.section}</a></div>
<article class="detail">
<h1 class="title">${escapeHtml(article.title)}</h1>
<div class="meta"><time datetime="${published}">${printedTime(article.publishedAt)}</time> <a class="print" href="${printPath(article)}">Bản in</a></div>
<p class="sapo"><strong>${escapeHtml(article.sapo)}</strong></p>
<div class="content">
${body}
<figure><img src="/${outlet.id}/anh/${article.id}.jpg" alt=""><figcaption>Ảnh minh họa: quang cảnh buổi làm việc.</figcaption></figure>
</div>
<p class="author">Phóng viên mẫu</p>
</article>
<aside class="related"><h2>Tin liên quan</h2><ul>${relatedItems.join('')}</ul></aside>
<aside class="most-read"><h2>Đọc nhiều</h2><ul>${sidebar.join('')}</ul></aside>
</main>`;
  return layout(outlet, article.title, head, main);
}

const escapeXml = escapeHtml;

export function renderRss(outlet: Outlet, articles: SampleArticle[], siteUrl: string): string {
  const items = articles
    .map(
      (a) => `<item><title>${escapeXml(a.title)}</title><link>${siteUrl}${a.path}</link><guid isPermaLink="true">${siteUrl}${a.path}</guid><pubDate>${a.publishedAt.toUTCString()}</pubDate><description>${escapeXml(a.sapo)}</description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${escapeXml(outlet.name)}</title><link>${siteUrl}/${outlet.id}/</link><description>Tin mới</description>
${items}
</channel></rss>
`;
}

export function renderAtom(outlet: Outlet, articles: SampleArticle[], siteUrl: string): string {
  const entries = articles
    .map(
      (a) => `<entry><title>${escapeXml(a.title)}</title><link rel="alternate" href="${siteUrl}${a.path}"/><id>${siteUrl}${a.path}</id><published>${vietnamTime(a.publishedAt)}</published><updated>${vietnamTime(a.modifiedAt)}</updated><summary>${escapeXml(a.sapo)}</summary></entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>${escapeXml(outlet.name)}</title><id>${siteUrl}/${outlet.id}/</id><updated>${vietnamTime(articles[0]?.modifiedAt ?? new Date(0))}</updated>
${entries}
</feed>
`;
}

export function renderSitemapIndex(children: Array<{ loc: string; lastmod: Date }>): string {
  const items = children.map((c) => `<sitemap><loc>${c.loc}</loc><lastmod>${vietnamTime(c.lastmod)}</lastmod></sitemap>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${items}
</sitemapindex>
`;
}

export function renderUrlset(articles: SampleArticle[], siteUrl: string): string {
  const items = articles.map((a) => `<url><loc>${siteUrl}${a.path}</loc><lastmod>${vietnamTime(a.modifiedAt)}</lastmod></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${items}
</urlset>
`;
}

export function renderNewsSitemap(outlet: Outlet, articles: SampleArticle[], siteUrl: string): string {
  const items = articles
    .map(
      (a) => `<url><loc>${siteUrl}${a.path}</loc><news:news><news:publication><news:name>${escapeXml(outlet.name)}</news:name><news:language>vi</news:language></news:publication><news:publication_date>${vietnamTime(a.publishedAt)}</news:publication_date><news:title>${escapeXml(a.title)}</news:title></news:news></url>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${items}
</urlset>
`;
}
