import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnyNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { parseHtml, PARSE_OPTIONS } from '../../../pipeline/extract/parse-html.ts';

/** Every node as a line: its depth, type, name and attributes or text, so two trees compare as text. */
function dump(root: AnyNode): string {
  const out: string[] = [];
  const stack: [AnyNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if ('data' in node) out.push(`${depth} ${node.type} ${JSON.stringify(node.data)}`);
    else if ('name' in node) out.push(`${depth} ${node.type} ${node.name} ${JSON.stringify(Object.entries(node.attribs))}`);
    else out.push(`${depth} ${node.type}`);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i]!, depth + 1]);
  }
  return out.join('\n');
}

const plain = (html: string): string => dump(parseDocument(html, PARSE_OPTIONS));
const fast = (html: string): string => dump(parseHtml(html));

/** Markup where skipping runs could go wrong: entities, quotes, raw text, comments, truncation. */
const TRICKY = [
  '',
  'plain text, no markup',
  'text &amp; more &lt;b&gt; &notanentity; &#x1ea1; &#7841 end',
  'Tom &amp Jerry&copy2024&',
  '<p class="a &amp; b" data-x=\'it&apos;s "quoted"\' title=bare&amp;value>Hà Nội &ndash; Đà Nẵng</p>',
  '<div a="1"b="2" c = "3" d=\'\' e>x</div>',
  '<a href="?a=1&b=2&amp;c=3">link</a>',
  '<script>if (a < b && c > d) { x = "</div>"; }</script><p>after</p>',
  '<script>let s = "<\\/script>"; a<b</script >tail',
  '<style>p > a { content: "<"; } /* </p> */</style><p>x</p>',
  '<title>Tin &amp; bài &lt;mới&gt;</title>',
  '<textarea>a < b &amp; c</textarea>',
  '<!-- a comment with <p> and -- dashes --><p>x</p><!--->',
  '<![CDATA[ raw < data ]]><p>y</p>',
  '<!DOCTYPE html><?xml version="1.0"?><p>z</p>',
  '<p>unclosed <b>bold <i>italic</p> trailing',
  '<div title="unterminated',
  '<p>ends in an entity &am',
  '<scr<script>ipt>x</script>',
  '<svg><path d="M0 0"/><title>t &amp; u</title></svg><p>back</p>',
  `<p>${'long run of text without markup '.repeat(500)}</p>`,
  `<p data-long="${'value '.repeat(500)}">x</p>`,
  '<DIV CLASS="Tin" Data-Role="Main" ID="a"><P>Một</P><Custom-Tag X-Y="1">hai</Custom-Tag></DIV><BR/><Svg ViewBox="0 0 1 1"></Svg>',
  '<div class="a" class="b" CLASS="c">first one wins</div>',
];

const pagesDir = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));

describe('parseHtml', () => {
  it('builds the same tree as htmlparser2 on markup that stresses text, attribute and raw-text runs', () => {
    for (const html of TRICKY) expect(fast(html), html).toBe(plain(html));
  });

  it('builds the same tree as htmlparser2 on every fixture page', () => {
    let pages = 0;
    for (const site of readdirSync(pagesDir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const file of readdirSync(join(pagesDir, site.name)).filter((f) => f.endsWith('.html'))) {
        const html = readFileSync(join(pagesDir, site.name, file), 'utf8');
        expect(fast(html), `${site.name}/${file}`).toBe(plain(html));
        pages++;
      }
    }
    expect(pages).toBeGreaterThanOrEqual(30);
  });

  it('builds the same tree on every cut of a page, wherever the input ends', () => {
    const html = TRICKY.slice(3, 12).join('\n');
    for (let end = 0; end <= html.length; end += 7) expect(fast(html.slice(0, end))).toBe(plain(html.slice(0, end)));
  });
});
