import { describe, expect, it } from 'vitest';
import { composeBody } from '../../../pipeline/article-body.ts';
import { EXTRACTOR_VERSION, extractArticle } from '../../../pipeline/extract/index.ts';
import type { ExtractedArticle } from '../../../pipeline/types.ts';

const PARAGRAPHS = [
  'Sáng 12/4, Ủy ban nhân dân tỉnh Mẫu Sơn tiếp đoàn công tác của tỉnh Champasak (Lào) do Phó Tỉnh trưởng dẫn đầu, nhân dịp kỷ niệm quan hệ hữu nghị giữa hai tỉnh.',
  'Tại buổi làm việc, hai bên đánh giá kết quả hợp tác trong các lĩnh vực giáo dục, y tế và thương mại, đồng thời thống nhất tăng học bổng cho sinh viên Lào.',
  'Phó Tỉnh trưởng Champasak cảm ơn sự giúp đỡ của tỉnh, mong muốn hai bên tiếp tục phối hợp quản lý lao động và mở rộng giao lưu văn hóa giữa thanh niên.',
  'Dịp này, hai tỉnh ký biên bản ghi nhớ về hợp tác giai đoạn tới, trong đó có chương trình đào tạo cán bộ và trao đổi đoàn nghệ thuật hằng năm.',
];

function articlePage(options: { sidebar?: string; captionTable?: boolean } = {}): string {
  const body = PARAGRAPHS.map((p) => `<p>${p}</p>`);
  const figure = options.captionTable
    ? '<table class="image"><tr><td><img src="/a.jpg"></td></tr><tr><td>Quang cảnh buổi tiếp đoàn. Ảnh: Lan Chi</td></tr></table>'
    : '<figure><img src="/a.jpg"><figcaption>Quang cảnh buổi tiếp đoàn. Ảnh: Lan Chi</figcaption></figure>';
  body.splice(1, 0, figure);
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tiếp đoàn tỉnh Champasak - Báo Mẫu Sơn</title>
    <meta property="og:title" content="Tiếp đoàn tỉnh Champasak">
    <meta property="article:published_time" content="2024-04-12T10:05:00+07:00"></head><body>
    <header><nav><a href="/">Trang chủ</a><a href="/the-gioi">Thế giới</a><a href="/ha-noi">Hà Nội</a></nav></header>
    <div class="container"><div class="main"><h1 class="title">Tiếp đoàn tỉnh Champasak</h1>
      <div class="content">${body.join('\n')}<p style="text-align:right"><strong>Minh Khôi</strong></p></div>
      <div class="tin-lien-quan"><h3>Tin liên quan</h3><ul>
        <li><a href="/x">Cà Mau đón đoàn doanh nghiệp Brazil tìm hiểu thủy sản</a></li>
        <li><a href="/y">Cần Thơ ký kết hợp tác với thành phố của Cuba</a></li></ul></div>
      <div class="comments"><h3>Bình luận</h3><p>Bạn đọc ở Đồng Nai: bài viết rất hay, mong tỉnh mình cũng hợp tác với Nhật Bản như vậy nhé.</p></div>
    </div>${options.sidebar ?? ''}</div>
    <footer>Báo Mẫu Sơn · Địa chỉ: số 1 đường Lê Lợi · Giấy phép số 123</footer></body></html>`;
}

function extract(html: string | Uint8Array, extra: Partial<Parameters<typeof extractArticle>[0]> = {}): ExtractedArticle {
  const outcome = extractArticle({ html, url: 'https://baomau.example/tiep-doan.html', fetchedAt: new Date('2024-04-13T00:00:00Z'), ...extra });
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.article;
}

describe('extractArticle', () => {
  it('finds title, date, author and the paragraphs in order, without page chrome', () => {
    const a = extract(articlePage());
    expect(a.isArticle).toBe(true);
    expect(a.title).toBe('Tiếp đoàn tỉnh Champasak');
    expect(a.publishedAt).toBe('2024-04-12T10:05:00+07:00');
    expect(a.author).toBe('Minh Khôi');
    expect(composeBody(a).split('\n')).toEqual(PARAGRAPHS);
    expect(a.method).toBe('generic');
    expect(a.extractorVersion).toBe(EXTRACTOR_VERSION);
  });

  it('keeps figure and table captions apart from the body', () => {
    for (const captionTable of [false, true]) {
      const a = extract(articlePage({ captionTable }));
      expect(a.captions).toEqual(['Quang cảnh buổi tiếp đoàn. Ảnh: Lan Chi']);
      expect(a.text).not.toContain('Quang cảnh');
    }
  });

  it('drops sidebars of other provinces, related lists and comments', () => {
    const sidebar = `<aside class="sidebar"><h3>Đọc nhiều</h3><ul>${['Lâm Đồng đón hoàng hậu Hà Lan thăm nông dân trồng hoa', 'Quảng Ninh mở đường bay thuê chuyến từ Thâm Quyến', 'Bình Định hợp tác với tỉnh của Hàn Quốc về du lịch']
      .map((t) => `<li><a href="/z"><img src="/t.jpg"></a><h4><a href="/z">${t}</a></h4><p>${t}, theo kế hoạch đã ký kết.</p></li>`)
      .join('')}</ul></aside>`;
    const body = composeBody(extract(articlePage({ sidebar })));
    for (const chrome of ['Lâm Đồng', 'Quảng Ninh', 'Brazil', 'Cuba', 'Đồng Nai', 'Bình luận', 'Tin liên quan', 'Giấy phép', 'Trang chủ']) {
      expect(body).not.toContain(chrome);
    }
  });

  it('keeps the lead apart from the body when the page marks it', () => {
    const html = articlePage().replace('<div class="content">', '<h2 class="sapo">Hai tỉnh thống nhất mở rộng hợp tác giáo dục và giao lưu văn hóa trong năm nay.</h2><div class="content">');
    const a = extract(html);
    expect(a.sapo).toBe('Hai tỉnh thống nhất mở rộng hợp tác giáo dục và giao lưu văn hóa trong năm nay.');
    expect(a.text.split('\n')[0]).toBe(PARAGRAPHS[0]);
  });

  it('reads a body split over several containers', () => {
    const html = articlePage().replace(`<p>${PARAGRAPHS[2]}</p>`, `</div><div class="ads-inline">Quảng cáo</div><div class="content">\n<p>${PARAGRAPHS[2]}</p>`);
    expect(composeBody(extract(html)).split('\n')).toEqual(PARAGRAPHS);
  });

  it('tells a listing page from an article', () => {
    const items = Array.from({ length: 12 }, (_, i) => `<article class="story"><h3><a href="/a${i}">Tin số ${i}: tỉnh tiếp đoàn khách quốc tế và bàn hợp tác</a></h3><time>10:0${i % 10} 12/04/2024</time><p>Tóm tắt ngắn của tin số ${i} về hợp tác quốc tế của tỉnh trong tháng này.</p></article>`).join('');
    const a = extract(`<html><head><title>Thế giới - Báo Mẫu Sơn</title></head><body><h1>Thế giới</h1><div class="list">${items}</div></body></html>`);
    expect(a.isArticle).toBe(false);
  });

  it('says a page with a few words is not an article', () => {
    expect(extract('<html><head><title>Trang chủ</title></head><body><p>Chào mừng.</p></body></html>').isArticle).toBe(false);
  });

  it('uses a site profile when the host has one, and can be told not to', () => {
    const html = `<html><head><title>T</title></head><body><h1 class="title-detail">Tiêu đề VnExpress</h1><p class="description">Lời dẫn của bài viết mẫu, đủ dài để làm sapo.</p>
      <article class="fck_detail">${PARAGRAPHS.map((p) => `<p class="Normal">${p}</p>`).join('')}<p class="Normal" style="text-align:right;"><strong>Lan Anh</strong></p></article></body></html>`;
    const profiled = extract(html, { url: 'https://vnexpress.net/tieu-de-123.html' });
    expect(profiled.method).toBe('profile:vnexpress');
    expect(profiled.sapo).toBe('Lời dẫn của bài viết mẫu, đủ dài để làm sapo.');
    expect(profiled.author).toBe('Lan Anh');
    expect(extract(html, { url: 'https://vnexpress.net/tieu-de-123.html', useProfiles: false }).method).toBe('generic');
  });
});

describe('bad input', () => {
  const deep = `<html><body>${'<div>'.repeat(10_000)}<p>${PARAGRAPHS.join(' ')}</p>${'</div>'.repeat(10_000)}</body></html>`;
  const huge = new Uint8Array(20 * 1024 * 1024).fill(0x61);
  const binary = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
  const truncated = articlePage().slice(0, Math.floor(articlePage().length * 0.6));

  it.each([
    ['an empty body', new Uint8Array(0), /empty/],
    ['binary data', binary, /binary/],
    ['a 20 MB page', huge, /too large/],
  ])('refuses %s with a reason', (_name, html, reason) => {
    const outcome = extractArticle({ html });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error).toMatch(reason);
  });

  it('reads markup nested 10,000 deep without blowing the stack, in bounded time', () => {
    const started = Date.now();
    const outcome = extractArticle({ html: deep });
    expect(outcome.ok).toBe(true);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('refuses markup nested 200,000 deep quickly, with a reason', () => {
    const started = Date.now();
    const outcome = extractArticle({ html: `<html><body>${'<div><span>x</span>'.repeat(200_000)}</body></html>` });
    expect(!outcome.ok && outcome.error).toMatch(/nested deeper/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('reads what there is of truncated HTML', () => {
    const a = extract(truncated);
    expect(a.text).toContain(PARAGRAPHS[0]!.slice(0, 40));
  });

  it('gives isArticle false, not an error, for a page of links only', () => {
    const links = Array.from({ length: 200 }, (_, i) => `<li><a href="/l${i}">Liên kết số ${i} tới một trang khác của cổng thông tin</a></li>`).join('');
    const outcome = extractArticle({ html: `<html><body><ul>${links}</ul></body></html>` });
    expect(outcome.ok && outcome.article.isArticle).toBe(false);
  });

  it('converts a page in an undeclared legacy encoding (TCVN3) before reading it', async () => {
    const { encodeTcvn3 } = await import('../../fixtures/tools/legacy-encoders.ts');
    const html = articlePage().replace('<meta charset="utf-8">', '');
    const legacy = html.replace(/>([^<>]+)</g, (_m, text: string) => `>${encodeTcvn3(text)}<`);
    const a = extract(new Uint8Array(Buffer.from(legacy, 'latin1')));
    expect(a.charset).toBe('tcvn3');
    expect(a.text).toContain('hai bên đánh giá kết quả hợp tác');
  });

  it('gives isArticle false for a page of text that is not HTML', () => {
    const outcome = extractArticle({ html: 'chỉ là một dòng chữ' });
    expect(outcome.ok && outcome.article.isArticle).toBe(false);
  });
});
