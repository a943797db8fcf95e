import { describe, expect, it } from 'vitest';
import {
  binaryPaths,
  CAPABILITY_RULES,
  capabilitiesOf,
  downgradeOld,
  DRIFT_RULES,
  driftFindings,
  isBinaryExecutable,
  matureCapabilities,
  newDependencies,
} from '../../../src/detectors/package/drift.js';
import { DETECTORS } from '../../../src/detectors/registry.js';
import type { PackageMetadata } from '../../../src/model/dependencies.js';
import type { Finding, Severity } from '../../../src/model/finding.js';

function f(ruleId: string, severity: Severity, file = 'index.js', line = 1): Finding {
  return {
    ruleId,
    severity,
    confidence: 'high',
    vector: 'install',
    behaviors: ['command-execution'],
    techniques: [],
    message: `${ruleId} fired`,
    location: { file, line },
    snippet: `snippet of ${ruleId}`,
  };
}

const postinstall = f('js/install-script', 'medium', 'package.json', 7);

describe('driftFindings', () => {
  it('a mature package with an old postinstall gives no new-capability finding', () => {
    expect(driftFindings([postinstall], [f('js/install-script', 'low', 'package.json', 6)], '1.2.3')).toEqual([]);
  });

  it('a package that just gained a postinstall gets one, located at the cause', () => {
    const out = driftFindings([postinstall, f('pkg/typosquat', 'medium')], [], '1.2.3');
    expect(out).toHaveLength(1);
    expect(out[0]!.ruleId).toBe('pkg/new-capability');
    expect(out[0]!.message).toBe('an install hook: new since 1.2.3');
    expect(out[0]!.severity).toBe('medium');
    expect(out[0]!.location).toEqual({ file: 'package.json', line: 7 });
    expect(out[0]!.evidence).toContain('js/install-script (medium) package.json:7');
  });

  it('one finding per new class, severity = worst new cause capped at high', () => {
    const out = driftFindings(
      [f('code/download-execute', 'critical'), f('code/command-execution', 'low'), f('code/info-stealing', 'medium'), f('code/obfuscation', 'info')],
      [f('code/exfil-endpoint', 'high')], // network existed already
      '0.7.28',
    );
    const by = Object.fromEntries(out.map((x) => [x.message.split(':')[0], x.severity]));
    expect(by).toEqual({ 'command or code execution': 'high', 'credential or secret access': 'medium', 'obfuscated or hidden code': 'info' });
  });

  it.each([
    ['py/cmdclass-override', 'install-hook'],
    ['py/setup-requires', 'install-hook'],
    ['py/build-backend', 'install-hook'],
    ['py/pth-exec', 'install-hook'],
    ['code/network-at-install', 'network'],
    ['code/code-execution', 'process'],
    ['js/wallet-hijack', 'credential'],
  ])('%s counts as %s', (rule, cap) => {
    expect([...capabilitiesOf([f(rule, 'low')])]).toContain(cap);
    expect(driftFindings([f(rule, 'low')], [], '1.0.0')).toHaveLength(CAPABILITY_RULES[rule]!.length);
  });

  it('rules without a capability class never count', () => {
    expect(driftFindings([f('pkg/typosquat', 'high'), f('code/platform-targeting', 'low'), f('customs/partial-analysis', 'medium')], [], '1.0.0')).toEqual([]);
  });

  it('binary files are a class of their own, from the optional file lists', () => {
    const out = driftFindings([], [], '2.0.0', { current: ['bin/miner'], previous: [] });
    expect(out.map((x) => [x.message, x.severity, x.location.file])).toEqual([['binary executables: new since 2.0.0', 'medium', 'bin/miner']]);
    expect(driftFindings([], [], '2.0.0', { current: ['a.node'], previous: ['b.node'] })).toEqual([]);
  });

  it('mapping only names rules that exist', () => {
    const known = new Set(DETECTORS.map((d) => d.meta.id));
    for (const id of Object.keys(CAPABILITY_RULES)) expect(known.has(id), id).toBe(true);
  });
});

describe('matureCapabilities and downgradeOld', () => {
  const prev = [f('js/install-script', 'high'), f('code/command-execution', 'medium')];
  const now = [f('js/install-script', 'high'), f('code/command-execution', 'critical'), f('code/download-execute', 'critical'), f('pkg/typosquat', 'high'), f('code/obfuscation', 'info')];

  it('matureCapabilities is the intersection of old and new classes', () => {
    expect([...matureCapabilities(now, prev)].sort()).toEqual(['install-hook', 'process']);
    expect([...matureCapabilities(now, [])]).toEqual([]);
    expect([...matureCapabilities([], prev)]).toEqual([]);
  });

  it('drops old capabilities to low with a suffix, keeps new ones and unmapped rules, never raises', () => {
    const out = downgradeOld(now, prev, '1.4.0');
    expect(out.map((x) => [x.ruleId, x.severity])).toEqual([
      ['js/install-script', 'low'],
      ['code/command-execution', 'low'],
      ['code/download-execute', 'critical'], // network is new, so not every class is old
      ['pkg/typosquat', 'high'],
      ['code/obfuscation', 'info'],
    ]);
    expect(out[0]!.message).toBe('js/install-script fired (already in 1.4.0)');
    expect(out[2]!.message).toBe('code/download-execute fired');
    expect(now[0]!.severity).toBe('high'); // inputs untouched
    const infoOld = downgradeOld([f('code/obfuscation', 'info')], [f('code/obfuscation', 'high')], '1.0.0');
    expect(infoOld[0]!.severity).toBe('info');
  });
});

describe('newDependencies', () => {
  const md = (deps: string[], unavailable: string[] = []): PackageMetadata => ({ dependencies: deps.map((name) => ({ name, spec: '^1.0.0' })), unavailable });

  it('one low finding per new name, none for kept or removed ones', () => {
    const out = newDependencies(md(['a', 'flatmap-stream', 'b']), md(['a', 'b', 'c']));
    expect(out.map((x) => [x.ruleId, x.severity, x.message])).toEqual([['pkg/new-dependency', 'low', 'new dependency flatmap-stream ^1.0.0']]);
    expect(out[0]!.location).toEqual({ file: '.', line: 1 });
    expect(newDependencies(md(['a']), md(['a', 'b']))).toEqual([]);
  });

  it('a name listed twice (PEP 508 markers) counts once; optional is said', () => {
    const cur: PackageMetadata = { dependencies: [{ name: 'x', spec: '>=1', marker: 'python_version<"3.8"' }, { name: 'x', spec: '>=2' }, { name: 'y', spec: '', optional: true }], unavailable: [] };
    const out = newDependencies(cur, md([]));
    expect(out.map((x) => x.message)).toEqual(['new dependency x >=1', 'new optional dependency y']);
    expect(out[0]!.evidence).toContain('python_version');
  });

  it('unavailable dependencies on either side → one info finding', () => {
    const out = newDependencies(md([], ['dependencies']), md(['a']));
    expect(out.map((x) => x.severity)).toEqual(['info']);
    expect(out[0]!.message).toContain('this version');
    expect(newDependencies(md(['a']), md([], ['dependencies']))[0]!.message).toContain('the previous version');
  });
});

describe('binary files', () => {
  const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
  it.each([
    ['x', bytes(0x7f, 0x45, 0x4c, 0x46, 2, 1), true], // ELF
    ['x.exe', bytes(0x4d, 0x5a, 0x90, 0), true], // PE
    ['x', bytes(0xcf, 0xfa, 0xed, 0xfe), true], // Mach-O 64 LE
    ['x.node', bytes(0xca, 0xfe, 0xba, 0xbe), true], // fat Mach-O
    ['X.class', bytes(0xca, 0xfe, 0xba, 0xbe), false], // Java class file
    ['x.js', new TextEncoder().encode('console.log(1)'), false],
    ['empty', bytes(), false],
  ])('%s → %s', (path, head, yes) => {
    expect(isBinaryExecutable(path, head)).toBe(yes);
  });

  it('binaryPaths lists only executables', () => {
    const files = [
      { path: 'lib/index.js', data: new TextEncoder().encode('module.exports = 1') },
      { path: 'build/Release/addon.node', data: bytes(0x7f, 0x45, 0x4c, 0x46) },
    ];
    expect(binaryPaths(files)).toEqual(['build/Release/addon.node']);
  });
});

describe('DRIFT_RULES', () => {
  it('declares both rules with docs', () => {
    expect(DRIFT_RULES.map((r) => [r.id, r.severity])).toEqual([
      ['pkg/new-capability', 'high'],
      ['pkg/new-dependency', 'low'],
    ]);
    expect(DRIFT_RULES[0]!.docs).toContain('drift: new-only');
  });
});
