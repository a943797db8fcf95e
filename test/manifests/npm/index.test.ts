import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { isNpmManifest, parseNpmManifest } from '../../../src/manifests/npm/index.js';
import { CustomsError } from '../../../src/runtime/errors.js';
import { dep, userErrorOf } from './helpers.js';

describe('dispatch', () => {
  it('recognises npm manifests by basename only', () => {
    for (const f of ['package.json', 'a/b/package-lock.json', 'npm-shrinkwrap.json', 'web/yarn.lock', 'pnpm-lock.yaml', 'bun.lock']) {
      expect(isNpmManifest(f), f).toBe(true);
    }
    for (const f of ['.npmrc', 'bun.lockb', 'package.json.bak', 'yarn.lock/x', 'requirements.txt', 'my-package.json']) {
      expect(isNpmManifest(f), f).toBe(false);
    }
  });

  it('routes each file to its parser', () => {
    expect(parseNpmManifest('x/package.json', '{"dependencies": {"a": "1.0.0"}}').kind).toBe('package-json');
    expect(parseNpmManifest('npm-shrinkwrap.json', '{"lockfileVersion": 3, "packages": {}}').kind).toBe('package-lock');
    expect(parseNpmManifest('yarn.lock', '# yarn lockfile v1\n\n').kind).toBe('yarn-lock');
    expect(parseNpmManifest('pnpm-lock.yaml', "lockfileVersion: '9.0'\n").kind).toBe('pnpm-lock');
    expect(parseNpmManifest('bun.lock', '{"lockfileVersion": 1, "packages": {},}').kind).toBe('bun-lock');
  });

  it('accepts a byte-order mark and keeps line numbers', () => {
    const r = parseNpmManifest('package.json', '\ufeff{\n  "dependencies": {\n    "a": "^1"\n  }\n}');
    expect(dep(r, 'a').source.line).toBe(3);
  });

  it('refuses unknown files as a bug in the caller, not user error', () => {
    try {
      parseNpmManifest('Cargo.toml', '');
      expect.unreachable();
    } catch (err) {
      expect((err as CustomsError).kind).toBe('internal');
    }
  });

  it('gives file:line errors for every format', () => {
    expect(userErrorOf(() => parseNpmManifest('package.json', '{\n\n  "a": }')).message).toMatch(/^package\.json:3: /);
    expect(userErrorOf(() => parseNpmManifest('package-lock.json', '{\n"packages": {\n"x": [\n}')).message).toMatch(/^package-lock\.json:4: /);
    expect(userErrorOf(() => parseNpmManifest('pnpm-lock.yaml', 'a:\n  b: 1\n c: [\n')).message).toMatch(/^pnpm-lock\.yaml:3: /);
    expect(userErrorOf(() => parseNpmManifest('yarn.lock', 'a:\n  b: 1\n c: [\n')).message).toMatch(/^yarn\.lock:3: /);
    expect(userErrorOf(() => parseNpmManifest('bun.lock', '{\n"packages": {\n"a": ["a@1"]\n')).message).toMatch(/^bun\.lock:4: /);
  });
});

/** Either a well-formed ManifestResult or a CustomsError: never a crash of another kind. */
function resultOrCustomsError(file: string, text: string): void {
  try {
    const r = parseNpmManifest(file, text);
    expect(r.file).toBe(file);
    expect(Array.isArray(r.dependencies)).toBe(true);
    for (const d of r.dependencies) {
      expect(typeof d.name).toBe('string');
      expect(Number.isInteger(d.source.line)).toBe(true);
      expect(Array.isArray(d.via)).toBe(true);
    }
  } catch (err) {
    if (!(err instanceof CustomsError)) throw err;
    expect(err.message.startsWith(`${file}:`)).toBe(true);
  }
}

const FILES = ['package.json', 'package-lock.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock'];

describe('hostile input (property)', () => {
  it('arbitrary text', () => {
    fc.assert(fc.property(fc.constantFrom(...FILES), fc.string({ maxLength: 300 }), resultOrCustomsError), { numRuns: 300 });
  });

  it('arbitrary JSON in lockfile and manifest shapes', () => {
    const shaped = fc.oneof(
      fc.jsonValue(),
      fc.record({ lockfileVersion: fc.constantFrom(1, 2, 3), packages: fc.dictionary(fc.string(), fc.jsonValue()) }),
      fc.record({ lockfileVersion: fc.constant(1), dependencies: fc.dictionary(fc.string(), fc.jsonValue()) }),
      fc.record({ dependencies: fc.dictionary(fc.string(), fc.jsonValue()), workspaces: fc.jsonValue(), overrides: fc.jsonValue() }),
      fc.record({ workspaces: fc.dictionary(fc.string(), fc.jsonValue()), packages: fc.dictionary(fc.string(), fc.array(fc.jsonValue())) }),
    );
    fc.assert(
      fc.property(fc.constantFrom('package.json', 'package-lock.json', 'bun.lock'), shaped, (file, v) => resultOrCustomsError(file, JSON.stringify(v, null, 2))),
      { numRuns: 400 },
    );
  });

  it('arbitrary YAML in pnpm and Berry shapes', () => {
    const entry = fc.dictionary(fc.constantFrom('resolution', 'version', 'dependencies', 'dev', 'name', 'specifier'), fc.jsonValue());
    const shaped = fc.oneof(
      fc.jsonValue(),
      fc.record({ lockfileVersion: fc.constantFrom('6.0', '9.0'), importers: fc.dictionary(fc.string(), fc.jsonValue()), packages: fc.dictionary(fc.string(), entry) }),
      fc.record({ packages: fc.dictionary(fc.string(), entry), snapshots: fc.dictionary(fc.string(), entry) }),
      fc.record({ __metadata: fc.record({ version: fc.constant(8) }) }).chain((m) => fc.dictionary(fc.string(), entry).map((d) => ({ ...m, ...d }))),
    );
    fc.assert(
      fc.property(fc.constantFrom('pnpm-lock.yaml', 'yarn.lock'), shaped, (file, v) => resultOrCustomsError(file, stringify(v))),
      { numRuns: 150 },
    );
  });

  it('maps where scalars belong, whose String() throws (a counterexample the property above found)', () => {
    const hostile = { toString: false };
    resultOrCustomsError('pnpm-lock.yaml', stringify({ packages: { '': { dev: hostile } }, snapshots: {} }));
    resultOrCustomsError('pnpm-lock.yaml', stringify({ lockfileVersion: '6.0', packages: { '/a@1.0.0': { optional: hostile, resolution: { integrity: 'sha512-AAAA' } } } }));
    resultOrCustomsError('yarn.lock', stringify({ __metadata: { version: 8 }, 'a@npm:^1.0.0': { version: '1.0.0', resolution: 'a@npm:1.0.0', dependencies: { b: hostile } } }));
  });
});

describe('scale', () => {
  it('parses a 100,000-entry package-lock.json quickly', () => {
    const N = 100_000;
    const packages: Record<string, unknown> = { '': { name: 'big', dependencies: { 'pkg-0': '^1.0.0' } } };
    for (let i = 0; i < N; i++) {
      // A wide tree: each package depends on two later ones; every 10th is nested under its parent.
      const deps: Record<string, string> = {};
      for (const j of [2 * i + 1, 2 * i + 2]) if (j < N) deps[`pkg-${j}`] = '^1.0.0';
      const key = i % 10 === 9 ? `node_modules/pkg-${Math.floor((i - 1) / 2)}/node_modules/pkg-${i}` : `node_modules/pkg-${i}`;
      packages[key] = {
        version: '1.0.0',
        resolved: `https://registry.npmjs.org/pkg-${i}/-/pkg-${i}-1.0.0.tgz`,
        integrity: 'sha512-' + Buffer.alloc(64, i % 256).toString('base64'),
        dependencies: deps,
      };
    }
    const text = JSON.stringify({ name: 'big', lockfileVersion: 3, packages }, null, 2);
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const r = parseNpmManifest('package-lock.json', text);
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(c0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    // Wall time depends on how busy the machine is; CPU time is what this parser costs.
    console.log(`100,000-entry package-lock.json (${(text.length / 1e6).toFixed(1)} MB): ${ms.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU`);
    expect(r.dependencies).toHaveLength(N);
    expect(r.dependencies.filter((d) => d.direct).map((d) => d.name)).toEqual(['pkg-0']);
    expect(dep(r, 'pkg-6').via).toEqual(['pkg-0', 'pkg-2']);
    expect(cpuMs).toBeLessThan(8_000);
  }, 60_000);
});

describe('scale (other lockfiles)', () => {
  const N = 20_000;
  const timed = (label: string, file: string, text: string): number => {
    const c0 = process.cpuUsage();
    const r = parseNpmManifest(file, text);
    const cpu = process.cpuUsage(c0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    console.log(`${label}: ${N} entries, ${(text.length / 1e6).toFixed(1)} MB, ${cpuMs.toFixed(0)} ms CPU`);
    expect(r.dependencies).toHaveLength(N);
    expect(dep(r, 'pkg-6').via).toEqual(['pkg-0', 'pkg-2']);
    return cpuMs;
  };
  const depsOf = (i: number): number[] => [2 * i + 1, 2 * i + 2].filter((j) => j < N);

  it('yarn.lock classic', () => {
    let text = '# yarn lockfile v1\n\n';
    for (let i = 0; i < N; i++) {
      text += `pkg-${i}@^1.0.0:\n  version "1.0.0"\n  resolved "https://registry.yarnpkg.com/pkg-${i}/-/pkg-${i}-1.0.0.tgz"\n`;
      const d = depsOf(i);
      if (d.length) text += `  dependencies:\n${d.map((j) => `    pkg-${j} "^1.0.0"\n`).join('')}`;
      text += '\n';
    }
    expect(timed('yarn.lock v1', 'yarn.lock', text)).toBeLessThan(8_000);
  }, 60_000);

  it('bun.lock', () => {
    const sri = 'sha512-' + Buffer.alloc(64, 7).toString('base64');
    const lines = Array.from({ length: N }, (_, i) => {
      const d = depsOf(i).map((j) => `"pkg-${j}": "^1.0.0"`).join(', ');
      return `    "pkg-${i}": ["pkg-${i}@1.0.0", "", { "dependencies": { ${d} } }, "${sri}"],`;
    });
    const text = `{\n  "lockfileVersion": 1,\n  "workspaces": { "": { "dependencies": { "pkg-0": "^1.0.0" } } },\n  "packages": {\n${lines.join('\n\n')}\n  }\n}\n`;
    expect(timed('bun.lock', 'bun.lock', text)).toBeLessThan(8_000);
  }, 60_000);

  it('pnpm-lock.yaml v9', () => {
    let pk = '';
    let snap = '';
    for (let i = 0; i < N; i++) {
      pk += `  pkg-${i}@1.0.0:\n    resolution: {integrity: sha512-AAAA}\n\n`;
      const d = depsOf(i);
      snap += d.length ? `  pkg-${i}@1.0.0:\n    dependencies:\n${d.map((j) => `      pkg-${j}: 1.0.0\n`).join('')}\n` : `  pkg-${i}@1.0.0: {}\n\n`;
    }
    const text = `lockfileVersion: '9.0'\n\nimporters:\n  .:\n    dependencies:\n      pkg-0:\n        specifier: ^1.0.0\n        version: 1.0.0\n\npackages:\n${pk}\nsnapshots:\n${snap}`;
    expect(timed('pnpm-lock.yaml v9', 'pnpm-lock.yaml', text)).toBeLessThan(15_000);
  }, 120_000);
});
