/**
 * Markdown → HTML for the subset Customs' reports use (src/report/markdown.ts, review.ts), rendered the way
 * GitHub renders a comment (https://github.github.com/gfm/): ATX headings, paragraphs with hard line breaks
 * (GitHub comments treat a newline as <br>), `-` lists whose items hold indented blocks, fenced code, pipe
 * tables, raw HTML blocks (`<details>`), HTML comments (dropped), and inline code, links, bold, backslash
 * escapes, entities and a few inline tags. Only for the README screenshots: it renders our own output, so it
 * need not be a complete or hardened parser.
 */

const INLINE_TAG = /^<\/?(sub|sup|code|summary|b|i|em|strong|br)\b[^<>]*>/i;

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Inline markdown outside code spans. */
function inlineText(s: string): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const rest = s.slice(i);
    const ch = s[i]!;
    if (ch === '\\' && i + 1 < s.length && /[!-/:-@[-`{-~]/.test(s[i + 1]!)) {
      out += escapeHtml(s[i + 1]!);
      i += 2;
      continue;
    }
    const entity = /^&(#\d+|#x[0-9a-f]+|[a-z]+);/i.exec(rest);
    if (entity) {
      out += entity[0];
      i += entity[0].length;
      continue;
    }
    const tag = INLINE_TAG.exec(rest);
    if (tag) {
      out += tag[0];
      i += tag[0].length;
      continue;
    }
    const link = /^\[([^\]]*)\]\(([^)\s]*)\)/.exec(rest);
    if (link) {
      out += `<a href="${escapeHtml(link[2]!)}">${inlineText(link[1]!)}</a>`;
      i += link[0].length;
      continue;
    }
    const bold = /^\*\*(.+?)\*\*/.exec(rest);
    if (bold) {
      out += `<strong>${inlineText(bold[1]!)}</strong>`;
      i += bold[0].length;
      continue;
    }
    out += escapeHtml(ch);
    i += 1;
  }
  return out;
}

/**
 * Inline markdown. Code spans are cut out first (nothing inside them is markdown) and put back after the rest
 * is converted, so emphasis may enclose them (`**fail: `x`**`).
 */
export function inline(s: string): string {
  const spans: string[] = [];
  const held = s.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_m, _ticks: string, code: string) => {
    spans.push(`<code>${escapeHtml(code.replace(/^ (.*) $/, '$1'))}</code>`);
    return `\u0000${spans.length - 1}\u0000`;
  });
  return inlineText(held).replace(/\u0000(\d+)\u0000/g, (_m, n: string) => spans[Number(n)]!);
}

function splitRow(line: string): string[] {
  const body = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  // Split on pipes that are not backslash-escaped.
  return body.split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|'));
}

const isBlank = (l: string): boolean => l.trim() === '';

/** Block-level conversion of lines that are already dedented to their container. */
export function blocks(lines: string[]): string {
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line)) {
      i++;
      continue;
    }
    const fence = /^(\s*)(`{3,})\s*(\S*)\s*$/.exec(line);
    if (fence) {
      const body: string[] = [];
      i++;
      while (i < lines.length && !new RegExp(`^\\s*${fence[2]}\\s*$`).test(lines[i]!)) body.push(lines[i++]!.slice(fence[1]!.length));
      i++;
      out.push(`<pre><code${fence[3] ? ` class="language-${escapeHtml(fence[3])}"` : ''}>${escapeHtml(body.join('\n'))}</code></pre>`);
      continue;
    }
    if (/^\s*<!--.*-->\s*$/.test(line)) {
      i++;
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      out.push(`<h${heading[1]!.length}>${inline(heading[2]!)}</h${heading[1]!.length}>`);
      i++;
      continue;
    }
    if (/^<\/?(details|div|table|p)\b/i.test(line)) {
      // A raw HTML block runs to the next blank line (GFM HTML block type 6).
      const body: string[] = [];
      while (i < lines.length && !isBlank(lines[i]!)) body.push(lines[i++]!);
      out.push(body.join('\n'));
      continue;
    }
    if (line.startsWith('|') && i + 1 < lines.length && /^\|?\s*:?-{3,}/.test(lines[i + 1]!)) {
      const head = splitRow(line);
      i += 2;
      const rows: string[][] = [];
      while (i < lines.length && lines[i]!.startsWith('|')) rows.push(splitRow(lines[i++]!));
      const th = head.map((c) => `<th>${inline(c)}</th>`).join('');
      const trs = rows.map((r) => `<tr>${r.map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`).join('\n');
      out.push(`<table>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${trs}\n</tbody>\n</table>`);
      continue;
    }
    if (/^[-*] /.test(line)) {
      const items: string[] = [];
      while (i < lines.length && /^[-*] /.test(lines[i]!)) {
        const item = [lines[i]!.slice(2)];
        i++;
        // The item continues over lines indented by two, blank lines included when indented content follows.
        while (i < lines.length) {
          const l = lines[i]!;
          if (l.startsWith('  ')) item.push(l.slice(2));
          else if (isBlank(l) && i + 1 < lines.length && lines[i + 1]!.startsWith('  ')) item.push('');
          else break;
          i++;
        }
        items.push(`<li>${blocks(item).replace(/^<p>([\s\S]*?)<\/p>/, '$1')}</li>`);
      }
      out.push(`<ul>\n${items.join('\n')}\n</ul>`);
      continue;
    }
    const para: string[] = [];
    while (i < lines.length && !isBlank(lines[i]!) && !/^(#{1,6}\s|[-*] |\s*```|\|)/.test(lines[i]!)) para.push(lines[i++]!);
    if (para.length === 0) para.push(lines[i++]!);
    out.push(`<p>${para.map((p) => inline(p.trim())).join('<br>\n')}</p>`);
  }
  return out.join('\n');
}

export function markdownToHtml(markdown: string): string {
  return blocks(markdown.replace(/\r\n/g, '\n').split('\n'));
}
