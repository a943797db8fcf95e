import { describe, expect, it } from 'vitest';
import { applyChains, inferRoots, shortestChains } from '../../../src/manifests/pypi/graph.js';
import { declare } from '../../../src/manifests/pypi/declared.js';
import { parseToml, TomlLines } from '../../../src/manifests/pypi/toml-lines.js';
import { CustomsError } from '../../../src/runtime/errors.js';

const DOC = `title = "x" # [not.a.table]
doc = """
[fake]
name = "inside a string"
"""

[tool . "poetry.x"]
"quoted key" = 1
dotted.key = 2

[[package]]
name = "a"
list = [
  "one",
  'two', "three",
]
[package.sub]
k = { nested = [1, 2] }

[[package]]
name = "b"

[[package.wheels]]
url = "u"
`;

describe('TomlLines', () => {
  const lines = new TomlLines(DOC);

  it('finds table headers, array-of-table elements and keys, ignoring multi-line strings', () => {
    expect(lines.table(['fake'])).toBe(0);
    expect(lines.table(['tool', 'poetry.x'])).toBe(7);
    expect(lines.key(['tool', 'poetry.x'], 'quoted key')).toBe(8);
    expect(lines.key(['tool', 'poetry.x'], 'dotted')).toBe(9);
    expect(lines.key(['package', 0], 'name')).toBe(12);
    expect(lines.key(['package', 1], 'name')).toBe(21);
    expect(lines.key(['package', 0, 'sub'], 'k')).toBe(18);
    expect(lines.table(['package', 1, 'wheels', 0])).toBe(23);
    expect(lines.key([], 'doc')).toBe(2);
  });

  it('finds array elements on their own lines, in order', () => {
    const from = lines.key(['package', 0], 'list');
    expect(from).toBe(13);
    const one = lines.value(from, 'one');
    const two = lines.value(one, 'two');
    const three = lines.value(two, 'three');
    expect([one, two, three]).toEqual([14, 15, 15]);
    expect(lines.value(from, 'missing')).toBe(13);
  });

  it('falls back to the table header, then 0', () => {
    expect(lines.key(['package', 0], 'nope')).toBe(11);
    expect(lines.key(['nowhere'], 'x')).toBe(0);
  });

  it('turns smol-toml errors into file:line user errors', () => {
    let err: unknown;
    try {
      parseToml('pyproject.toml', 'a = 1\nb = [1,\nc = 3\n');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CustomsError);
    expect((err as Error).message).toMatch(/^pyproject\.toml:\d+: invalid TOML: /);
    expect(() => parseToml('x.toml', 'k = "v"\nk = "w"\n')).toThrow(/^x\.toml:2: invalid TOML/);
  });
});

describe('graph', () => {
  const edges = new Map([
    ['app', ['b', 'c']],
    ['b', ['d']],
    ['c', ['d', 'e']],
    ['e', ['f']],
    ['x', ['y']],
    ['y', ['x']],
  ]);

  it('gives one shortest chain per package, first edge wins on ties', () => {
    const chains = shortestChains(['app'], edges);
    expect(chains.get('app')).toEqual([]);
    expect(chains.get('d')).toEqual(['app', 'b']);
    expect(chains.get('f')).toEqual(['app', 'c', 'e']);
    expect(chains.has('x')).toBe(false);
  });

  it('infers roots: not depended on, plus one entry per unreachable cycle', () => {
    expect(inferRoots(['app', 'b', 'c', 'd', 'e', 'f', 'x', 'y'], edges)).toEqual(['app', 'x']);
  });

  it('applies chains, direct flags and root groups to lockfile entries', () => {
    const deps = ['b', 'd', 'f'].map((name) => declare({ name, source: { file: 'l', line: 1 } }));
    applyChains(deps, ['b'], edges, new Map([['b', 'docs']]));
    expect(deps.map((d) => [d.name, d.direct, d.via, d.group])).toEqual([
      ['b', true, [], 'docs'],
      ['d', false, ['b'], 'docs'],
      ['f', false, [], 'prod'],
    ]);
  });
});

describe('TomlLines fallbacks', () => {
  it('points at the enclosing key when a table is written inline', () => {
    const lines = new TomlLines('[tool.poetry.group.dev]\noptional = true\ndependencies = { pytest = "^7" }\n');
    expect(lines.key(['tool', 'poetry', 'group', 'dev', 'dependencies'], 'pytest')).toBe(3);
    expect(lines.key(['tool', 'poetry', 'group', 'dev'], 'optional')).toBe(2);
    expect(lines.key(['tool', 'poetry', 'group', 'prod', 'dependencies'], 'x')).toBe(0);
  });
});
