import { describe, expect, it } from 'vitest';
import { decodeEntities, parseSimpleHtml, parseSimplePage } from '../../../src/registries/pypi/simple.js';
import { CustomsError } from '../../../src/runtime/errors.js';

const PAGE = 'https://idx.example/simple/demo/';

describe('PEP 503 HTML parsing', () => {
  it('reads hashes, yanked state, requires-python with entities, and resolves relative links', () => {
    const html = `<!DOCTYPE html><html><body>
      <A HREF="../../packages/demo-1.0.tar.gz#sha256=ABCDEF01" data-requires-python="&gt;=3.8,&lt;4">demo-1.0.tar.gz</A><br>
      <a href='https://cdn.example/demo-0.9.tar.gz#md5=0123' data-yanked='broken &amp; bad'>demo-0.9.tar.gz</a>
      <a data-yanked href=demo-0.8.tar.gz>demo-0.8.tar.gz</a>
    </body></html>`;
    const { files } = parseSimpleHtml(html, PAGE);
    expect(files).toEqual([
      { filename: 'demo-1.0.tar.gz', url: 'https://idx.example/packages/demo-1.0.tar.gz', hashes: { sha256: 'abcdef01' }, requiresPython: '>=3.8,<4', yanked: false },
      { filename: 'demo-0.9.tar.gz', url: 'https://cdn.example/demo-0.9.tar.gz', hashes: { md5: '0123' }, yanked: true, yankedReason: 'broken & bad' },
      { filename: 'demo-0.8.tar.gz', url: 'https://idx.example/simple/demo/demo-0.8.tar.gz', hashes: {}, yanked: true },
    ]);
  });

  it('honours <base href> and takes the file name from the URL when the anchor text is empty', () => {
    const html = '<base href="https://mirror.example/files/"><a href="demo-2.0.tar.gz"><span></span></a>';
    expect(parseSimpleHtml(html, PAGE).files[0]).toMatchObject({ filename: 'demo-2.0.tar.gz', url: 'https://mirror.example/files/demo-2.0.tar.gz' });
  });

  it('treats markup and scripts as text, never as code, and skips anchors without href', () => {
    const html = '<script>throw new Error("ran")</script><a name="x">x</a><a href="d-1.0.tar.gz" onclick="alert(1)">d-1.0.tar.gz<img src=x onerror=alert(1)></a>';
    const { files } = parseSimpleHtml(html, PAGE);
    expect(files.map((f) => f.filename)).toEqual(['d-1.0.tar.gz']);
  });

  it('decodes numeric and named entities and leaves unknown ones', () => {
    expect(decodeEntities('&#62;=3&#x2E;8 &amp;&unknown; &#0;')).toBe('>=3.8 &&unknown; &#0;');
  });
});

describe('PEP 691 JSON and content negotiation', () => {
  it('parses JSON pages with yanked reasons, sizes and upload times', () => {
    const body = JSON.stringify({
      meta: { 'api-version': '1.1' },
      files: [{ filename: 'demo-1.0.tar.gz', url: '/f/demo-1.0.tar.gz', hashes: { sha256: 'AA' }, yanked: 'bad', size: 3, 'upload-time': '2024-01-01T00:00:00Z', 'requires-python': '>=3.9' }],
    });
    const { files } = parseSimplePage(body, 'application/vnd.pypi.simple.v1+json', PAGE);
    expect(files[0]).toEqual({
      filename: 'demo-1.0.tar.gz', url: 'https://idx.example/f/demo-1.0.tar.gz', hashes: { sha256: 'aa' }, yanked: true,
      yankedReason: 'bad', size: 3, uploadTime: '2024-01-01T00:00:00Z', requiresPython: '>=3.9',
    });
  });

  it('throws external errors naming the URL (credentials redacted) for malformed JSON', () => {
    const url = 'https://user:s3cret@idx.example/simple/demo/';
    for (const body of ['{"files": [', '{"files": 3}', '{"files": [{"url": 1}]}']) {
      let err: unknown;
      try {
        parseSimplePage(body, 'application/vnd.pypi.simple.v1+json', url);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(CustomsError);
      expect((err as CustomsError).kind).toBe('external');
      expect((err as CustomsError).message).toContain('idx.example/simple/demo/');
      expect((err as CustomsError).message).not.toContain('s3cret');
    }
  });
});

describe('hostile HTML', () => {
  it('accepts an unescaped ">" inside a quoted attribute', () => {
    const html = '<a href="d-1.0.tar.gz" data-requires-python=">=3.8">d-1.0.tar.gz</a>';
    expect(parseSimpleHtml(html, PAGE).files[0]).toMatchObject({ filename: 'd-1.0.tar.gz', requiresPython: '>=3.8' });
  });

  it('scans pathological pages in linear time', () => {
    // Each of these makes a backtracking `<a[^>]*>[\s\S]*?</a>` scan quadratic (minutes at this size; 1.6 s at a tenth of it).
    const pages = ['<a "'.repeat(200_000), '<a href=x>'.repeat(200_000), `${'<a href="x">y</a>'.repeat(5_000)}<a href='unterminated`];
    for (const html of pages) {
      const started = performance.now();
      const { files } = parseSimpleHtml(html, PAGE);
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(files.length).toBe(html.startsWith('<a href="x">') ? 5_000 : 0);
    }
  });
});
