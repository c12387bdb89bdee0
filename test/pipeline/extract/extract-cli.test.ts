import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../../bin/vnnews.js', import.meta.url));

const article = `<html lang="vi"><head><meta charset="utf-8"><title>Đà Nẵng đón đoàn Nhật Bản - Báo Mẫu</title>
  <meta property="article:published_time" content="2023-06-01T08:00:00+07:00"></head><body>
  <nav><a href="/">Trang chủ</a></nav><h1>Đà Nẵng đón đoàn Nhật Bản</h1><div class="detail-content">
  <p>Sáng 1/6, UBND thành phố Đà Nẵng tiếp đoàn doanh nghiệp Nhật Bản đến tìm hiểu cơ hội đầu tư vào khu công nghệ cao của thành phố.</p>
  <p>Hai bên trao đổi về hợp tác đào tạo nhân lực, xúc tiến thương mại và kết nối các địa phương của Nhật Bản với thành phố trong năm nay.</p>
  <p>Lãnh đạo thành phố đề nghị doanh nghiệp Nhật Bản tiếp tục giới thiệu môi trường đầu tư của Đà Nẵng tới các đối tác trong nước họ.</p>
  <p style="text-align:right"><strong>Hoài An</strong></p></div>
  <aside class="sidebar"><h3>Đọc nhiều</h3><ul><li><a href="/b">Cần Thơ hợp tác với Brazil về lúa gạo</a></li></ul></aside></body></html>`;

function run(args: string[], input?: string) {
  return spawnSync(process.execPath, [bin, 'extract', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, DOTENV_CONFIG_QUIET: 'true', LOG_LEVEL: 'silent' },
    timeout: 60_000,
  });
}

describe('vnnews extract', () => {
  it('prints one JSON object with the article and its tags for an HTML file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vnnews-extract-'));
    const file = join(dir, 'page.html');
    writeFileSync(file, article);
    const result = run([file, '--url', 'https://baomau.example/don-doan.html']);
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout) as Record<string, unknown> & { provinces: { code: string }[]; countries: { code: string }[] };
    expect(out.title).toBe('Đà Nẵng đón đoàn Nhật Bản');
    expect(out.publishedAt).toBe('2023-06-01T08:00:00+07:00');
    expect(out.author).toBe('Hoài An');
    expect(out.text).toContain('khu công nghệ cao');
    expect(out.provinces.map((p) => p.code)).toContain('da-nang');
    expect(out.provinces.map((p) => p.code)).not.toContain('can-tho');
    expect(out.countries.map((c) => c.code)).toContain('JP');
    expect(out.countries.map((c) => c.code)).not.toContain('BR');
  });

  it('answers every --jsonl line, with an error for a bad one, and keeps going', () => {
    const lines = [
      JSON.stringify({ id: 'a', url: 'https://baomau.example/a.html', html: article }),
      'this is not json',
      JSON.stringify({ id: 'b', html: 42 }),
      JSON.stringify({ id: 'c', html: '' }),
      JSON.stringify({ id: 'd', url: null, html: article }),
    ].join('\n');
    const result = run(['--jsonl'], `${lines}\n`);
    expect(result.status).toBe(0);
    const out = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out.map((o) => o.id)).toEqual(['a', null, 'b', 'c', 'd']);
    expect(out[0]).toMatchObject({ title: 'Đà Nẵng đón đoàn Nhật Bản', relevant: expect.any(Boolean) });
    expect(Object.keys(out[0]!)).toEqual(expect.arrayContaining(['id', 'title', 'publishedAt', 'author', 'sapo', 'text', 'relevance', 'relevant', 'provinces', 'countries', 'activities']));
    expect(out[1]!.error).toMatch(/not valid JSON/);
    expect(out[2]!.error).toMatch(/"html" must be a string/);
    expect(out[3]!.error).toMatch(/empty/);
    expect(out[4]!.title).toBe('Đà Nẵng đón đoàn Nhật Bản');
  });
});
