import { describe, expect, it } from 'vitest';
import { parsePypiManifest } from '../../../src/manifests/pypi/index.js';
import { parseRequirements } from '../../../src/manifests/pypi/requirements.js';
import { CustomsError } from '../../../src/runtime/errors.js';

/** Runs `fn` and returns milliseconds, rethrowing anything that is not a CustomsError. */
function timed(fn: () => unknown): number {
  const start = performance.now();
  try {
    fn();
  } catch (err) {
    if (!(err instanceof CustomsError)) throw err;
  }
  return performance.now() - start;
}

describe('hostile and large inputs', () => {
  it('stays linear on long runs of spaces, brackets and dashes (no regex backtracking blow-up)', () => {
    const n = 200_000;
    const inputs: [string, string][] = [
      ['requirements.txt', `x${' '.repeat(n)}y`],
      ['requirements.txt', `./${'['.repeat(n)}`],
      ['requirements.txt', `${'a-1'.repeat(n / 3)}.tar.gz`],
      ['requirements.txt', `foo ${';'.repeat(n)}`],
      ['pyproject.toml', `[project]\ndependencies = ["a${' '.repeat(n)}"]\n`],
      ['pyproject.toml', `[${' '.repeat(n)}x`],
      ['setup.cfg', `[options]\ninstall_requires =${' '.repeat(n)}\n  a\n`],
      ['Pipfile.lock', `{${'['.repeat(5000)}`],
    ];
    for (const [file, text] of inputs) {
      expect(timed(() => parsePypiManifest(file, text)), `${file}: ${text.slice(0, 20)}`).toBeLessThan(10_000);
    }
  });

  it('parses a 10 000-line hashed requirements file quickly and completely', () => {
    const lines: string[] = [];
    for (let i = 0; i < 10_000; i++) lines.push(`pkg-${i}==1.${i} \\\n    --hash=sha256:${(i % 10).toString().repeat(64)}`);
    const text = lines.join('\n');
    let count = 0;
    const ms = timed(() => {
      count = parseRequirements('requirements.txt', text).dependencies.length;
    });
    expect(count).toBe(10_000);
    expect(ms).toBeLessThan(10_000);
  });

  it('reads a 10 000-pin pip-compile file with via comments in linear time', () => {
    const lines = ['root==1.0', '    # via -r requirements.in'];
    for (let i = 1; i < 10_000; i++) lines.push(`p${i}==1.0`, '    # via', `    #   ${i === 1 ? 'root' : `p${i - 1}`}`, '    #   root');
    let via: string[] = [];
    const ms = timed(() => {
      via = parseRequirements('requirements.txt', lines.join('\n')).dependencies.at(-1)!.via;
    });
    expect(via).toEqual(['root']);
    expect(ms).toBeLessThan(10_000);
  });

  it('infers roots in linear time for a poetry.lock made of 10 000 two-package cycles', () => {
    const parts: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      parts.push('[[package]]', `name = "p${i}"`, 'version = "1.0"', '[package.dependencies]', `p${i ^ 1} = "*"`);
    }
    let direct = 0;
    const ms = timed(() => {
      direct = parsePypiManifest('poetry.lock', parts.join('\n')).dependencies.filter((d) => d.direct).length;
    });
    expect(direct).toBe(10_000);
    expect(ms).toBeLessThan(15_000);
  });

  it('parses a 5 000-package uv.lock (a wide tree ten levels deep) and a 1 000-deep chain', () => {
    const pkg = (name: string, deps: string[]): string =>
      `[[package]]\nname = "${name}"\nversion = "1.0"\nsource = { registry = "https://pypi.org/simple" }\ndependencies = [${deps.map((d) => `{ name = "${d}" }`).join(', ')}]\n`;
    const wide = ['version = 1', '[[package]]', 'name = "root"', 'version = "0"', 'source = { virtual = "." }', 'dependencies = [{ name = "p0" }]'];
    // p(i) depends on p(2i+1) and p(2i+2): a binary tree about 12 levels deep.
    for (let i = 0; i < 5000; i++) wide.push(pkg(`p${i}`, [2 * i + 1, 2 * i + 2].filter((c) => c < 5000).map((c) => `p${c}`)));
    let last: string[] = [];
    const ms = timed(() => {
      last = parsePypiManifest('uv.lock', wide.join('\n')).dependencies.at(-1)!.via;
    });
    expect(last).toEqual(['p0', 'p1', 'p3', 'p8', 'p18', 'p38', 'p77', 'p155', 'p311', 'p624', 'p1249', 'p2499']);
    // Generous bound: this only has to catch super-linear blow-ups on a shared, loaded machine.
    expect(ms).toBeLessThan(15_000);

    const deep = ['version = 1', '[[package]]', 'name = "root"', 'version = "0"', 'source = { editable = "." }', 'dependencies = [{ name = "c0" }]'];
    for (let i = 0; i < 1000; i++) deep.push(pkg(`c${i}`, i < 999 ? [`c${i + 1}`] : []));
    const r = parsePypiManifest('uv.lock', deep.join('\n'));
    // Chains are capped (graph.ts MAX_CHAIN): the direct dependency, then the nearest ancestors.
    const via = r.dependencies.at(-1)!.via;
    expect(via).toHaveLength(64);
    expect(via[0]).toBe('c0');
    expect(via.slice(-2)).toEqual(['c997', 'c998']);
    expect(r.dependencies[62]!.via).toHaveLength(62);
  });

  it('rejects prototype-polluting keys as bad names, without polluting, and accepts "constructor"', () => {
    expect(() => parsePypiManifest('Pipfile', '[packages]\n"__proto__" = "*"\nsix = "*"\n')).toThrow(/^Pipfile:2: "__proto__" is not a valid package name/);
    expect(() => parsePypiManifest('Pipfile', '[packages.__proto__]\npolluted = "yes"\n')).toThrow(CustomsError);
    expect(() => parsePypiManifest('Pipfile.lock', '{"default": {"__proto__": {"polluted": "yes"}}}')).toThrow(CustomsError);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const r = parsePypiManifest('Pipfile', '[packages]\nconstructor = "*"\nsix = "*"\n');
    expect(r.dependencies.map((d) => [d.name, d.source.line])).toEqual([
      ['constructor', 2],
      ['six', 3],
    ]);
  });
});
