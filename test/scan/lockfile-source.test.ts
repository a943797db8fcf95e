import { describe, expect, it } from 'vitest';
import { lockfileSourceFindings } from '../../src/detectors/scan/signals.js';
import type { Artifact, ManifestResult, ResolvedPackage } from '../../src/model/index.js';
import type { Inspection } from '../../src/pipeline.js';
import { DEFAULT_POLICY } from '../../src/policy/schema.js';
import { RecordingLogger } from '../../src/runtime/logger.js';
import { runScan, type ScanIO } from '../../src/scan.js';

const locked = (url: string | undefined, integrity = [{ algorithm: 'sha512' as const, hex: 'ab' }]) => ({
  locked: true,
  origin: { kind: 'registry', ...(url ? { url } : {}) },
  integrity,
  ref: { ecosystem: 'npm', name: 'left-pad' },
});

describe('lockfile source (lockfile injection)', () => {
  const registry = { registry: 'https://registry.npmjs.org/' };

  it('accepts the registry itself and the known mirrors of the public registry', () => {
    expect(lockfileSourceFindings(locked('https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz'), registry)).toEqual([]);
    expect(lockfileSourceFindings(locked('https://registry.yarnpkg.com/left-pad/-/left-pad-1.3.0.tgz'), registry)).toEqual([]);
  });

  it('flags a resolved URL on another host, high, without echoing credentials', () => {
    const [f] = lockfileSourceFindings(locked('https://user:secret@evil.example/left-pad-1.3.0.tgz'), registry);
    expect(f).toMatchObject({ ruleId: 'pkg/lockfile-source', severity: 'high' });
    expect(f!.message).toContain('evil.example');
    expect(JSON.stringify(f)).not.toContain('secret');
  });

  it('flags a locked entry without integrity, medium', () => {
    const fs = lockfileSourceFindings(locked('https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz', []), registry);
    expect(fs.map((f) => [f.ruleId, f.severity])).toEqual([['pkg/lockfile-source', 'medium']]);
  });

  it('downloads a locked npm package from the lockfile URL (what npm installs), checked against the registry digest too', async () => {
    const lock: ManifestResult = {
      file: 'package-lock.json', kind: 'package-lock', ecosystem: 'npm', locked: true, registries: [], includes: [], notes: [],
      dependencies: [{ ecosystem: 'npm', name: 'left-pad', version: '1.3.0', spec: '', direct: true, group: 'prod', source: { file: 'package-lock.json', line: 7 },
        origin: { kind: 'registry', url: 'https://evil.example/left-pad-1.3.0.tgz' }, integrity: [{ algorithm: 'sha512', hex: 'aa' }], via: [] }],
    };
    const registryArtifact: Artifact = { ref: { ecosystem: 'npm', name: 'left-pad', version: '1.3.0' }, url: 'https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz', filename: 'left-pad-1.3.0.tgz', type: 'npm-tarball', integrity: [{ algorithm: 'sha512', hex: 'bb' }] };
    const resolved: ResolvedPackage = { ref: registryArtifact.ref, artifacts: [registryArtifact], metadata: { dependencies: [], unavailable: [] }, registry: 'https://registry.npmjs.org/' };
    const fetched: Artifact[] = [];
    const io: ScanIO = {
      files: { list: async (ref) => (ref === 'head' ? ['package-lock.json'] : []), read: async (ref) => (ref === 'head' ? 'x' : undefined), changed: async () => [{ path: 'package-lock.json' }] },
      parse: () => lock,
      isManifest: () => true,
      registry: () => ({ get: async () => resolved, resolve: async () => resolved }),
      download: async (a) => {
        fetched.push(a);
        // The bytes the lockfile's host serves do not match the registry's digest.
        throw Object.assign(new Error('mismatch'), { expected: 'sha512:bb', actual: 'sha512:cc' });
      },
      inspect: async () => ({}) as Inspection,
      pool: async (items, fn) => Promise.all(items.map(fn)),
      log: new RecordingLogger(),
    };
    const report = await runScan(io, { base: 'base', head: 'head', policy: DEFAULT_POLICY, today: '2026-11-30', ecosystems: ['npm'], chainDepth: 0, toolVersion: '0', engineVersion: '0' });
    expect(fetched.map((a) => [a.url, a.integrity.map((i) => i.hex)])).toEqual([['https://evil.example/left-pad-1.3.0.tgz', ['bb', 'aa']]]);
    const decisive = report.packages[0]!.findings.filter((f) => f.severity !== 'info' && f.severity !== 'low');
    expect(decisive.map((f) => f.ruleId).sort()).toEqual(['customs/integrity-mismatch', 'pkg/lockfile-source']);
    expect(report.decision).toBe('fail');
  });
});
