import type { SiteProfile } from './site-profile.ts';

/**
 * VnExpress (vnexpress.net): p.description lead, bold right-aligned byline as the last paragraph.
 * The body is the `p.Normal` paragraphs of article.fck_detail: text pasted from Word into plain
 * `<div>`/`<p>` wrappers and promotional boxes use other markup and are not part of the article.
 */
export const vnexpressProfile: SiteProfile = {
  site: 'vnexpress',
  hosts: ['vnexpress.net'],
  title: ['h1.title-detail', 'h1.title_news_detail', 'h1.title-page'],
  sapo: ['p.description', 'h2.description'],
  body: ['article.fck_detail p.Normal', 'div.fck_detail p.Normal', 'article.fck_detail', 'div.fck_detail'],
  captions: ['article.fck_detail figcaption', 'article.fck_detail .desc_cation', 'article.fck_detail table.tplCaption td p.Image'],
  date: ['span.date', 'div.header-content span.date'],
  author: ['p.author_mail strong', 'p.author strong', 'p.Normal[style*=\'right\'] strong', 'p.author_mail', 'p.author'],
  drop: ['.box-tinlienquanv2', '.list_link', '.box-tinlienquan', '.width_common.box-tinlienquanv2', '#box_comment_vne', '.box_embed_video', '.block_tag', '.footer-content', '.banner-ads', '.box_category'],
};
