import fc from 'fast-check';
import { stringify } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { parsePypiManifest } from '../../../src/manifests/pypi/index.js';
import { CustomsError } from '../../../src/runtime/errors.js';

/** Keys the parsers look for, so random documents reach the code past the TOML/JSON parse. */
const KEYS = [
  'package', 'name', 'version', 'dependencies', 'source', 'project', 'tool', 'poetry', 'uv', 'pdm', 'files', 'hash',
  'sdist', 'wheels', 'git', 'path', 'url', 'extras', 'groups', 'group', 'default', 'develop', '_meta', 'sources',
  'packages', 'dev-packages', 'optional-dependencies', 'dependency-groups', 'include-group', 'index', 'build-system',
  'requires', 'editable', 'virtual', 'registry', 'markers', 'hashes', 'metadata', 'dev-dependencies', 'priority',
  'optional', 'category', 'rev', 'tag', 'python', 'dynamic', 'backend-path', 'sources', 'workspace', 'revision',
];
const scalar = fc.oneof(
  fc.constantFrom('requests', 'sha256:' + 'a'.repeat(64), '==1.0', '^1.2', '*', 'x @ https://h/x.whl', '.', 'main', 'git+https://g/r'),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.boolean(),
);
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('array'), tie('table')),
  array: fc.array(tie('node'), { maxLength: 4 }),
  table: fc.dictionary(fc.constantFrom(...KEYS), tie('node'), { maxKeys: 5 }),
})).node;
const name = fc.constantFrom('a', 'B_c', 'd.e', 'python', 'x-y');
/** Lockfile-shaped entries, so the per-package code runs on odd field types, not only the TOML parse. */
const lockPackage = fc.record(
  {
    name,
    version: fc.oneof(fc.constantFrom('1.0', '2.0rc1'), value),
    dependencies: fc.oneof(fc.dictionary(name, value, { maxKeys: 3 }), fc.array(fc.oneof(fc.record({ name }), fc.constantFrom('a>=1', 'b'), value), { maxLength: 3 }), value),
    source: fc.oneof(fc.record({ registry: fc.constantFrom('https://pypi.org/simple') }), fc.record({ editable: fc.constant('.') }), fc.record({ virtual: fc.constant('.') }), fc.record({ type: fc.constantFrom('git', 'url', 'legacy'), url: fc.constantFrom('https://g/r', 'x') }), value),
    files: fc.oneof(fc.array(fc.record({ file: fc.constant('a.whl'), hash: fc.oneof(fc.constant('sha256:' + 'b'.repeat(64)), value) }), { maxLength: 2 }), value),
    'optional-dependencies': fc.oneof(fc.dictionary(name, fc.array(fc.record({ name }), { maxLength: 2 })), value),
    groups: fc.oneof(fc.constant(['main']), value),
    git: value,
  },
  { requiredKeys: ['name'] },
);
const projectLike = fc.record(
  {
    dependencies: fc.oneof(fc.array(fc.oneof(fc.constantFrom('a>=1', 'b[x]; os_name == "nt"', 'c @ git+https://g/r'), value), { maxLength: 3 }), value),
    'optional-dependencies': fc.oneof(fc.dictionary(name, fc.array(fc.constantFrom('a', 'b==1'), { maxLength: 2 })), value),
    dynamic: value,
  },
  { requiredKeys: [] },
);
const structured = fc.record(
  {
    package: fc.oneof(fc.array(lockPackage, { maxLength: 4 }), fc.dictionary(name, value, { maxKeys: 3 })),
    project: projectLike,
    'dependency-groups': fc.dictionary(name, fc.array(fc.oneof(fc.constantFrom('a'), fc.record({ 'include-group': name }), value), { maxLength: 3 }), { maxKeys: 3 }),
    tool: fc.record({
      poetry: fc.record({ dependencies: fc.dictionary(name, value, { maxKeys: 3 }), source: fc.oneof(fc.array(fc.record({ name, url: value }), { maxLength: 2 }), value), group: value }, { requiredKeys: [] }),
      uv: fc.record({ sources: fc.dictionary(name, value, { maxKeys: 2 }), index: value }, { requiredKeys: [] }),
    }, { requiredKeys: [] }),
    source: fc.oneof(fc.array(fc.record({ name, url: value }), { maxLength: 2 }), value),
    default: fc.dictionary(name, fc.oneof(fc.record({ version: value, hashes: value, git: value, index: value }, { requiredKeys: [] }), value), { maxKeys: 3 }),
    packages: fc.dictionary(name, value, { maxKeys: 3 }),
  },
  { requiredKeys: [] },
);
const doc = fc.oneof(fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 6 }), structured);

function expectOnlyUserErrors(file: string, text: string): void {
  try {
    const r = parsePypiManifest(file, text);
    for (const d of r.dependencies) {
      expect(d.name).toMatch(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/);
      expect(Number.isInteger(d.source.line) && d.source.line >= 0).toBe(true);
    }
  } catch (err) {
    if (!(err instanceof CustomsError) || err.kind !== 'user') throw err;
  }
}

describe('every parser on random structured input returns or throws a user error', () => {
  it.each(['pyproject.toml', 'Pipfile', 'poetry.lock', 'uv.lock', 'pdm.lock'])('%s', (file) => {
    fc.assert(
      fc.property(doc, (d) => {
        let text: string;
        try {
          text = stringify(d);
        } catch {
          return; // a shape TOML cannot express (e.g. mixed arrays in old writers)
        }
        expectOnlyUserErrors(file, text);
      }),
      { numRuns: 1000 },
    );
  });

  it('Pipfile.lock', () => {
    fc.assert(fc.property(doc, (d) => expectOnlyUserErrors('Pipfile.lock', JSON.stringify(d, null, 2))), { numRuns: 1000 });
  });

  it('setup.cfg and raw text for every format', () => {
    const line = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('[options]', '[options.extras_require]', 'install_requires =', '  requests', '  # c', 'x = file: r.txt', '[[package]]', 'name = "x"', '{', '}'));
    const files = ['setup.cfg', 'pyproject.toml', 'Pipfile', 'Pipfile.lock', 'poetry.lock', 'uv.lock', 'pdm.lock', 'requirements.txt'];
    fc.assert(
      fc.property(fc.array(line, { maxLength: 10 }), fc.constantFrom(...files), (lines, file) => expectOnlyUserErrors(file, lines.join('\n'))),
      { numRuns: 1500 },
    );
  });
});
