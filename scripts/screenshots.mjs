// Renders the README screenshots: the summary comment and one review comment, produced by the real report
// renderers (src/report/markdown.ts, src/report/review.ts) from a sample scan (scripts/screenshot-report.ts),
// converted to HTML (scripts/markdown-html.ts) with GitHub-like CSS and captured by headless Chromium.
// Run by hand, not in npm test:  node scripts/screenshots.mjs [OUTDIR]   (default docs/images)
// Needs Debian's chromium (`apt-get install chromium fonts-noto-color-emoji`) or CHROMIUM=/path/to/chrome.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
const outDir = resolve(process.argv[2] ?? join(ROOT, 'docs', 'images'));
const chromium = process.env.CHROMIUM ?? 'chromium';
const WIDTH = 920;

const CSS = `
* { box-sizing: border-box; }
body { margin: 0; padding: 16px; background: #ffffff; color: #1f2328; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Noto Color Emoji"; }
a { color: #0969da; text-decoration: none; }
code { font: 12px/1.45 ui-monospace, "DejaVu Sans Mono", "Liberation Mono", monospace; background: rgba(175,184,193,0.2); padding: .2em .4em; border-radius: 6px; }
pre { background: #f6f8fa; border-radius: 6px; padding: 12px 16px; overflow: hidden; white-space: pre-wrap; word-break: break-all; margin: 8px 0 12px; }
pre code { background: none; padding: 0; font-size: 12px; }
h2 { font-size: 1.5em; font-weight: 600; padding-bottom: .3em; border-bottom: 1px solid #d1d9e0; margin: 20px 0 14px; }
h3 { font-size: 1.25em; font-weight: 600; margin: 22px 0 12px; }
h2:first-child { margin-top: 0; }
p { margin: 0 0 14px; }
ul { padding-left: 2em; margin: 0 0 14px; }
li { margin: 4px 0; }
table { border-collapse: collapse; margin: 0 0 14px; }
th, td { border: 1px solid #d1d9e0; padding: 6px 13px; text-align: left; }
th { font-weight: 600; }
tbody tr:nth-child(2n) { background: #f6f8fa; }
details { margin: 0 0 14px; }
summary { cursor: pointer; }
sub { color: #59636e; }
.comment { border: 1px solid #d1d9e0; border-radius: 6px; width: ${WIDTH - 32}px; }
.comment-head { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; color: #59636e; border-radius: 6px 6px 0 0; display: flex; align-items: center; gap: 8px; }
.comment-head b { color: #1f2328; }
.avatar { width: 20px; height: 20px; border-radius: 4px; background: #2da44e; color: #fff; font-size: 12px; display: inline-flex; align-items: center; justify-content: center; }
.badge { border: 1px solid #d1d9e0; border-radius: 2em; padding: 0 7px; font-size: 12px; }
.comment-body { padding: 16px; }
.file { border: 1px solid #d1d9e0; border-radius: 6px; width: ${WIDTH - 32}px; overflow: hidden; }
.file-head { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; font: 12px ui-monospace, "DejaVu Sans Mono", monospace; }
.diff { width: 100%; border-collapse: collapse; margin: 0; font: 12px/20px ui-monospace, "DejaVu Sans Mono", monospace; }
.diff td { border: none; padding: 0 10px; white-space: pre; }
.diff td.num { width: 50px; color: #59636e; text-align: right; }
.diff tr.add { background: #dafbe1; }
.diff tr.add td.num { background: #aceebb; }
.diff tr.ctx { background: #fff; }
.thread { border-top: 1px solid #d1d9e0; border-bottom: 1px solid #d1d9e0; background: #f6f8fa; padding: 12px; }
.thread .comment { width: auto; background: #fff; }
`;

const html = (body) => `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}</style></head>
<body>${body}<script>document.body.setAttribute('data-height', String(Math.ceil(document.documentElement.scrollHeight)));</script></body></html>`;

const commentBox = (verb, inner) => `<div class="comment"><div class="comment-head"><span class="avatar">C</span><b>github-actions</b><span class="badge">bot</span> ${verb}</div><div class="comment-body">${inner}</div></div>`;

function diffView(path, line, inner) {
  // Lines of a sample requirements.txt around the flagged line; the flagged one and its neighbour are added.
  const file = ['flask==3.0.3', 'gunicorn==22.0.0', 'jinja2==3.1.4', 'psycopg[binary]==3.2.1', 'redis==5.0.8', 'requests==2.32.3', 'requests-toolbelt-ng==0.3.1'];
  const rows = file.map((text, i) => {
    const n = i + 1;
    const added = n === line;
    return `<tr class="${added ? 'add' : 'ctx'}"><td class="num"></td><td class="num">${n}</td><td>${added ? '+' : ' '}${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</td></tr>`;
  });
  return `<div class="file"><div class="file-head">${path}</div><table class="diff">${rows.join('')}</table><div class="thread">${commentBox('reviewed', inner)}</div></div>`;
}

function capture(htmlFile, pngFile) {
  const common = ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--force-device-scale-factor=1', '--default-background-color=ffffffff'];
  // First pass: let the page measure itself, then capture exactly that height.
  const dom = execFileSync(chromium, [...common, `--window-size=${WIDTH},800`, '--dump-dom', pathToFileURL(htmlFile).href], { stdio: ['ignore', 'pipe', 'ignore'] }).toString();
  const height = Number(/data-height="(\d+)"/.exec(dom)?.[1] ?? 1200);
  execFileSync(chromium, [...common, `--window-size=${WIDTH},${height}`, `--screenshot=${pngFile}`, pathToFileURL(htmlFile).href], { stdio: ['ignore', 'ignore', 'ignore'] });
  console.log(`${pngFile} (${WIDTH}×${height})`);
}

const tmp = mkdtempSync(join(tmpdir(), 'customs-shots-'));
try {
  const bundle = join(tmp, 'render.mjs');
  await build({
    stdin: { contents: "export * from './scripts/screenshot-report.ts';\nexport * from './scripts/markdown-html.ts';", resolveDir: ROOT, loader: 'ts' },
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  const { screenshotMarkdown, markdownToHtml } = await import(pathToFileURL(bundle).href);
  const md = screenshotMarkdown();
  mkdirSync(outDir, { recursive: true });
  const summaryHtml = join(tmp, 'summary.html');
  writeFileSync(summaryHtml, html(commentBox('commented', markdownToHtml(md.summary))));
  const reviewHtml = join(tmp, 'review.html');
  writeFileSync(reviewHtml, html(diffView(md.reviewPath, md.reviewLine, markdownToHtml(md.review))));
  capture(summaryHtml, join(outDir, 'summary.png'));
  capture(reviewHtml, join(outDir, 'review-comment.png'));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
