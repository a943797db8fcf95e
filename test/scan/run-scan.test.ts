import { describe, expect, it } from 'vitest';
import type { Artifact, DeclaredDependency, ManifestResult, ResolvedPackage } from '../../src/model/index.js';
import type { Inspection } from '../../src/pipeline.js';
import { DEFAULT_POLICY } from '../../src/policy/schema.js';
import type { RepoFiles } from '../../src/repo/files.js';
import { RecordingLogger } from '../../src/runtime/logger.js';
import { runScan, type ScanIO } from '../../src/scan.js';

/** A toy manifest format for the orchestration tests: `name==version` or `name spec` per line; `!` = malformed. */
function toyParse(file: string, text: string): ManifestResult | undefined {
  if (!file.endsWith('.toy')) return undefined;
  const deps: DeclaredDependency[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    if (line.includes('!')) throw new Error(`${file}:${i + 1}: malformed line`);
    const [name, version] = line.includes('==') ? line.split('==') : [line.split(' ')[0]!, undefined];
    deps.push({
      ecosystem: 'pypi', name: name!.trim(), ...(version ? { version: version.trim() } : {}), spec: version ? `==${version}` : (line.split(' ')[1] ?? ''),
      direct: true, group: 'prod', source: { file, line: i + 1 }, origin: line.includes('git+') ? { kind: 'vcs', url: 'git+https://example.test/x.git' } : { kind: 'registry' },
      integrity: [], via: [],
    });
  });
  return { file, kind: 'requirements', ecosystem: 'pypi', locked: false, dependencies: deps, registries: [], includes: [], notes: [] };
}

function repo(refs: Record<string, Record<string, string>>): RepoFiles {
  return {
    list: async (ref) => Object.keys(refs[ref] ?? {}),
    read: async (ref, path) => refs[ref]?.[path],
    changed: async (b, h) => [...new Set([...Object.keys(refs[b]!), ...Object.keys(refs[h]!)])].filter((p) => refs[b]![p] !== refs[h]![p]).map((path) => ({ path })),
  };
}

const pkg = (name: string, version: string, deps: string[] = []): ResolvedPackage => ({
  ref: { ecosystem: 'pypi', name, version },
  artifacts: [{ ref: { ecosystem: 'pypi', name, version }, url: `http://127.0.0.1/${name}-${version}.tar.gz`, filename: `${name}-${version}.tar.gz`, type: 'sdist', integrity: [] }],
  metadata: { dependencies: deps.map((d) => ({ name: d, spec: '' })), unavailable: [] },
  registry: 'http://127.0.0.1/simple',
});

function io(files: RepoFiles, packages: ResolvedPackage[], malicious: string[] = [], extra: Partial<ScanIO> = {}): ScanIO & { downloads: string[] } {
  const downloads: string[] = [];
  const find = (name: string): ResolvedPackage => {
    const p = packages.find((x) => x.ref.name === name);
    if (!p) throw new Error(`${name} not found on http://127.0.0.1/simple`);
    return p;
  };
  return {
    downloads,
    files,
    parse: toyParse,
    isManifest: (f) => f.endsWith('.toy'),
    registry: () => ({ get: async (name) => find(name), resolve: async (name) => find(name) }),
    download: async (a: Artifact) => {
      downloads.push(a.filename);
      return new TextEncoder().encode(a.filename);
    },
    inspect: async (input): Promise<Inspection> => {
      const bad = malicious.includes(input.name!);
      const findings = bad
        ? [{ ruleId: 'py/cmdclass-override', severity: 'high' as const, confidence: 'high' as const, vector: 'install' as const, behaviors: [], techniques: [], message: 'install hook runs a shell', location: { file: 'setup.py', line: 3 }, snippet: 'os.system(x)' }]
        : [];
      return {
        verdict: { ref: { ecosystem: 'pypi', name: input.name!, version: input.version! }, artifact: input.filename, decision: bad ? 'fail' : 'pass', findings, reasons: [] },
        kind: 'sdist', digest: 'sha256:00', contents: { format: 'tar.gz', root: '', skipped: [], fileCount: 1, bytes: 1 },
      };
    },
    pool: async (items, fn) => Promise.all(items.map(fn)),
    log: new RecordingLogger(),
    ...extra,
  };
}

const opts = { base: 'base', head: 'head', policy: DEFAULT_POLICY, today: '2026-11-30', ecosystems: ['pypi', 'npm'] as const, chainDepth: 3, toolVersion: '0', engineVersion: '0', now: () => new Date(0) };

describe('runScan', () => {
  it('inspects only what is new, follows the declared dependencies of unpinned packages, and fails on a malicious one', async () => {
    const files = repo({ base: { 'req.toy': 'flask==3.0.0\n' }, head: { 'req.toy': 'flask==3.0.0\nhelper >=1\n' } });
    const x = io(files, [pkg('flask', '3.0.0'), pkg('helper', '1.2.0', ['payload', 'flask']), pkg('payload', '0.1.0')], ['payload']);
    const report = await runScan(x, { ...opts, ecosystems: ['pypi'] });
    expect(report.packages.map((p) => [p.ref.name, p.ref.version, p.decision])).toEqual([['helper', '1.2.0', 'pass'], ['payload', '0.1.0', 'fail']]);
    expect(x.downloads.sort()).toEqual(['helper-1.2.0.tar.gz', 'payload-0.1.0.tar.gz']);
    const payload = report.packages.find((p) => p.ref.name === 'payload')!;
    expect(payload.change.path.map((r) => r.name)).toEqual(['helper', 'payload']);
    expect(payload.change.source).toEqual({ file: 'req.toy', line: 2 });
    expect(report.decision).toBe('fail');
  });

  it('makes no registry call when no manifest changed', async () => {
    const files = repo({ base: { 'req.toy': 'a==1\n', 'x.py': '1' }, head: { 'req.toy': 'a==1\n', 'x.py': '2' } });
    const x = io(files, []);
    const report = await runScan(x, opts);
    expect(report.changes).toEqual([]);
    expect(report.decision).toBe('pass');
  });

  it('turns an unresolvable package, a VCS dependency and a malformed manifest into findings and errors that fail closed', async () => {
    const files = repo({ base: { 'req.toy': '' , 'b.toy': ''}, head: { 'req.toy': 'ghost==1.0\ntool git+https://example.test/x.git\n', 'b.toy': 'oops!\n' } });
    const report = await runScan(io(files, []), opts);
    expect(report.errors).toEqual(['b.toy:1: malformed line']);
    const byName = Object.fromEntries(report.packages.map((p) => [p.ref.name, p]));
    expect(byName.ghost!.findings[0]!.ruleId).toBe('customs/uninspectable');
    expect(byName.ghost!.findings[0]!.message).toContain('not found');
    expect(byName.tool!.findings[0]!.message).toContain('version-control URL');
    expect(report.decision).toBe('fail');
  });

  it('reports an integrity mismatch as critical and a known-malicious hit with its advisory', async () => {
    const files = repo({ base: { 'req.toy': '' }, head: { 'req.toy': 'a==1.0\nb==2.0\n' } });
    const x = io(files, [pkg('a', '1.0'), pkg('b', '2.0')], [], {
      download: async (art: Artifact) => {
        if (art.ref.name === 'a') throw Object.assign(new Error('mismatch'), { expected: 'sha256:aa', actual: 'sha256:bb' });
        return new Uint8Array(1);
      },
      knownMalicious: async () => new Map([['pypi:b@2.0', [{ id: 'MAL-2026-1', summary: 'steals tokens' }]]]),
    });
    const report = await runScan(x, opts);
    const a = report.packages.find((p) => p.ref.name === 'a')!;
    const b = report.packages.find((p) => p.ref.name === 'b')!;
    // Metadata signals (info/low: the toy registry records nothing) come alongside; the verdict-making ones:
    const decisive = (fs: { ruleId: string; severity: string }[]) => fs.filter((f) => !f.ruleId.startsWith('pkg/') || f.ruleId === 'pkg/known-malicious').map((f) => [f.ruleId, f.severity]);
    expect(decisive(a.findings)).toEqual([['customs/integrity-mismatch', 'critical']]);
    expect(b.findings[0]).toMatchObject({ ruleId: 'pkg/known-malicious', severity: 'critical' });
    expect(b.findings[0]!.message).toContain('MAL-2026-1');
    expect([a.decision, b.decision]).toEqual(['fail', 'fail']);
  });

  it('says when the known-malicious lookup is unavailable without failing the scan for it', async () => {
    const files = repo({ base: { 'req.toy': '' }, head: { 'req.toy': 'a==1.0\n' } });
    const x = io(files, [pkg('a', '1.0')], [], { knownMalicious: async () => { throw new Error('api.osv.dev timed out'); } });
    const report = await runScan(x, opts);
    expect(report.decision).toBe('pass');
    expect(report.notices).toEqual(['known-malicious lookup (OSV) unavailable: api.osv.dev timed out']);
  });

  it('stops following declared dependencies at the configured depth', async () => {
    const files = repo({ base: { 'req.toy': '' }, head: { 'req.toy': 'l0 >=0\n' } });
    const chain = [pkg('l0', '1', ['l1']), pkg('l1', '1', ['l2']), pkg('l2', '1', ['l3']), pkg('l3', '1', ['l4']), pkg('l4', '1')];
    const report = await runScan(io(files, chain), { ...opts, chainDepth: 2 });
    expect(report.packages.map((p) => p.ref.name)).toEqual(['l0', 'l1', 'l2']);
  });

  it('flags a policy-named internal package that resolved on a public registry', async () => {
    const files = repo({ base: { 'req.toy': '' }, head: { 'req.toy': 'acme-billing==9.0\n' } });
    const publicPkg = { ...pkg('acme-billing', '9.0'), registry: 'https://pypi.org/simple/' };
    const report = await runScan(io(files, [publicPkg]), { ...opts, policy: { ...DEFAULT_POLICY, internal: ['acme-*'] } });
    const p = report.packages[0]!;
    expect(p.findings.filter((f) => f.severity !== 'info' && f.severity !== 'low').map((f) => [f.ruleId, f.severity])).toEqual([['pkg/dependency-confusion', 'high']]);
    expect(p.decision).toBe('fail');
    // The same name from the company's own index is what it should be.
    const privateReport = await runScan(io(files, [pkg('acme-billing', '9.0')]), { ...opts, policy: { ...DEFAULT_POLICY, internal: ['acme-*'] } });
    expect(privateReport.packages[0]!.decision).toBe('pass');
  });

  it('notes an index set-up the change introduces that lets a public package shadow a private one', async () => {
    const withExtra = (file: string, text: string): ManifestResult | undefined => {
      const r = toyParse(file, text);
      if (r && text.includes('--extra')) r.registries.push({ url: 'https://pkgs.acme.example/simple', role: 'extra', source: { file, line: 1 } });
      return r;
    };
    const files = repo({ base: { 'req.toy': 'a==1.0\n' }, head: { 'req.toy': 'a==1.0\n--extra\n' } });
    const report = await runScan({ ...io(files, []), parse: withExtra }, opts);
    expect(report.notices?.[0]).toMatch(/^req\.toy:1: .*pkg\/registry-shadowing/);
  });

  it('for an update, inspects the previous version too and says what is new since it; drift: new-only lowers what was already there', async () => {
    const files = repo({ base: { 'req.toy': 'a==1.0\nb==1.0\n' }, head: { 'req.toy': 'a==2.0\nb==2.0\n' } });
    const versions = [pkg('a', '1.0'), pkg('a', '2.0'), pkg('b', '1.0'), pkg('b', '2.0')];
    const x = io(files, versions, [], {
      registry: () => ({
        get: async (name: string, version: string) => versions.find((v) => v.ref.name === name && v.ref.version === version)!,
        resolve: async () => { throw new Error('unused'); },
      }),
    });
    // a gains an install hook in 2.0; b always had one.
    const hooked = new Set(['a@2.0', 'b@1.0', 'b@2.0']);
    x.inspect = async (input) => {
      const bad = hooked.has(`${input.name}@${input.version}`);
      const findings = bad ? [{ ruleId: 'py/cmdclass-override', severity: 'high' as const, confidence: 'high' as const, vector: 'install' as const, behaviors: [], techniques: [], message: 'install hook runs a shell', location: { file: 'setup.py', line: 3 }, snippet: '' }] : [];
      return { verdict: { ref: { ecosystem: 'pypi', name: input.name!, version: input.version! }, artifact: input.filename, decision: bad ? 'fail' : 'pass', findings, reasons: [] }, kind: 'sdist', digest: 'sha256:00', contents: { format: 'tar.gz', root: '', skipped: [], fileCount: 1, bytes: 1 } };
    };
    const report = await runScan(x, opts);
    const a = report.packages.find((p) => p.ref.name === 'a')!;
    const b = report.packages.find((p) => p.ref.name === 'b')!;
    expect(x.downloads.sort()).toEqual(['a-1.0.tar.gz', 'a-2.0.tar.gz', 'b-1.0.tar.gz', 'b-2.0.tar.gz']);
    expect(a.findings.find((f) => f.ruleId === 'pkg/new-capability')?.message).toMatch(/new since 1\.0/);
    expect(b.findings.some((f) => f.ruleId === 'pkg/new-capability')).toBe(false);
    expect([a.decision, b.decision]).toEqual(['fail', 'fail']);
    const newOnly = await runScan(x, { ...opts, policy: { ...DEFAULT_POLICY, drift: 'new-only' } });
    const b2 = newOnly.packages.find((p) => p.ref.name === 'b')!;
    expect(b2.findings.find((f) => f.ruleId === 'py/cmdclass-override')).toMatchObject({ severity: 'low', message: 'install hook runs a shell (already in 1.0)' });
    expect(b2.decision).not.toBe('fail');
    expect(newOnly.packages.find((p) => p.ref.name === 'a')!.decision).toBe('fail');
  });
});
