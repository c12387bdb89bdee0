import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/vnnews.js', import.meta.url));

function run(args: string[], input = '') {
  const out = spawnSync(process.execPath, [BIN, 'tag', ...args], { input, encoding: 'utf8', timeout: 60_000 });
  return { status: out.status, stdout: out.stdout, stderr: out.stderr };
}

describe('vnnews tag', () => {
  it('reads JSONL on stdin and writes one JSON line per input, nothing else on stdout', () => {
    const lines = [
      JSON.stringify({ id: 'one', title: 'Đà Nẵng tiếp Đại sứ Ấn Độ', body: 'UBND TP Đà Nẵng tiếp Đại sứ Ấn Độ tại Việt Nam.' }),
      'this is not json',
      JSON.stringify({ id: 2, title: 'Lễ hội ở Lào Cai', body: 'Du khách đến Sa Pa dịp Chủ nhật.' }),
    ];
    const { status, stdout } = run(['--jsonl'], `${lines.join('\n')}\n`);
    expect(status).toBe(0);
    const out = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(out).toHaveLength(3);
    expect(out[0]).toMatchObject({
      id: 'one',
      relevant: true,
      provinces: [expect.objectContaining({ code: 'da-nang', primary: true, current: 'da-nang', via: 'name' })],
      countries: [expect.objectContaining({ code: 'IN' })],
    });
    expect(out[0]).toHaveProperty('regions');
    expect(out[0]).toHaveProperty('activities');
    expect(out[1]).toMatchObject({ id: null, error: expect.stringContaining('not valid JSON') });
    expect(out[2]).toMatchObject({ id: 2, countries: [] });
    expect(out[2]?.provinces).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'lao-cai', via: 'name' })]),
    );
  }, 60_000);

  it('tags one text file and prints pretty JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vnnews-tag-'));
    const file = join(dir, 'article.txt');
    writeFileSync(file, 'Đồng Nai tiếp đoàn Hàn Quốc\nSở Ngoại vụ tỉnh Đồng Nai tiếp đoàn doanh nghiệp Hàn Quốc.\n');
    const { status, stdout } = run([file]);
    expect(status).toBe(0);
    const out = JSON.parse(stdout) as { provinces: { code: string }[]; countries: { code: string }[] };
    expect(out.provinces[0]?.code).toBe('dong-nai');
    expect(out.countries.map((t) => t.code)).toEqual(['KR']);
  }, 60_000);

  it('refuses to run with nothing to tag', () => {
    const { status, stdout, stderr } = run([]);
    expect(status).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain('nothing to tag');
  }, 60_000);
});
