import { describe, expect, it } from 'vitest';
import { parsePackageJson, workspaceGlobs } from '../../../src/manifests/npm/package-json.js';
import { dep, userErrorOf } from './helpers.js';

const MONOREPO_ROOT = `{
  "name": "@acme/monorepo",
  "private": true,
  "workspaces": ["packages/*", "apps/web"],
  "dependencies": {
    "react": "18.2.0",
    "@acme/logger": "^2.1.0",
    "string-width-cjs": "npm:string-width@^4.2.0",
    "left-pad": "npm:@acme/left-pad@1.3.0",
    "local-lib": "file:../local-lib",
    "shared": "workspace:*",
    "sibling": "link:../sibling"
  },
  "devDependencies": {
    "typescript": "~5.4.0",
    "my-fork": "github:acme/my-fork#v1.0.0",
    "cli-tool": "git+ssh://git@github.com/acme/cli-tool.git#abc123",
    "tarball-dep": "https://example.com/pkgs/tarball-dep-1.0.0.tgz",
    "shorthand": "acme/shorthand",
    "tagged": "latest"
  },
  "optionalDependencies": { "fsevents": "^2.3.2" },
  "peerDependencies": {
    "react-dom": ">=18"
  },
  "bundleDependencies": ["left-pad"],
  "overrides": {
    "minimist": "1.2.8",
    "webpack": { "terser": "5.0.0", ".": "5.90.0" }
  }
}
`;

describe('package.json', () => {
  const r = parsePackageJson('package.json', MONOREPO_ROOT);

  it('reports kind, ecosystem and that it is not a lockfile', () => {
    expect(r).toMatchObject({ file: 'package.json', kind: 'package-json', ecosystem: 'npm', locked: false });
    expect(r.dependencies).toHaveLength(15);
    expect(r.dependencies.every((d) => d.direct && d.via.length === 0 && d.ecosystem === 'npm')).toBe(true);
  });

  it('gives the exact line of every "name": "range" key', () => {
    expect(dep(r, 'react').source).toEqual({ file: 'package.json', line: 6 });
    expect(dep(r, '@acme/logger').source.line).toBe(7);
    expect(dep(r, 'typescript').source.line).toBe(15);
    expect(dep(r, 'fsevents').source.line).toBe(22);
    expect(dep(r, 'react-dom').source.line).toBe(24);
  });

  it('pins versions only for exact ranges', () => {
    expect(dep(r, 'react').version).toBe('18.2.0');
    expect(dep(r, 'react').spec).toBe('18.2.0');
    expect(dep(r, '@acme/logger').version).toBeUndefined();
    expect(dep(r, 'typescript').version).toBeUndefined();
    expect(dep(r, 'tagged').version).toBeUndefined();
    expect(dep(r, 'tagged').origin).toEqual({ kind: 'registry' });
  });

  it('resolves npm: aliases to the real package, scoped or not', () => {
    const sw = dep(r, 'string-width');
    expect(sw.spec).toBe('^4.2.0');
    expect(sw.source.line).toBe(8);
    const lp = dep(r, '@acme/left-pad');
    expect(lp.version).toBe('1.3.0');
    expect(r.dependencies.some((d) => d.name === 'string-width-cjs' || d.name === 'left-pad')).toBe(false);
    expect(r.notes).toContain('package.json:8: "string-width-cjs" is an alias for string-width');
  });

  it('classifies origins: path, workspace, vcs, url', () => {
    expect(dep(r, 'local-lib').origin).toEqual({ kind: 'path', path: '../local-lib' });
    expect(dep(r, 'shared').origin).toEqual({ kind: 'workspace', path: '*' });
    expect(dep(r, 'sibling').origin).toEqual({ kind: 'workspace', path: '../sibling' });
    expect(dep(r, 'my-fork').origin).toEqual({ kind: 'vcs', url: 'github:acme/my-fork#v1.0.0' });
    expect(dep(r, 'cli-tool').origin.kind).toBe('vcs');
    expect(dep(r, 'shorthand').origin).toEqual({ kind: 'vcs', url: 'acme/shorthand' });
    expect(dep(r, 'tarball-dep').origin).toEqual({ kind: 'url', url: 'https://example.com/pkgs/tarball-dep-1.0.0.tgz' });
  });

  it('assigns groups from the field', () => {
    expect(dep(r, 'react').group).toBe('prod');
    expect(dep(r, 'typescript').group).toBe('dev');
    expect(dep(r, 'fsevents').group).toBe('optional');
    expect(dep(r, 'react-dom').group).toBe('peer');
  });

  it('notes workspaces, bundled dependencies and nested overrides with their lines', () => {
    expect(r.notes).toContain('workspaces: packages/*, apps/web');
    expect(r.notes).toContain("package.json:26: bundleDependencies ships left-pad inside this package's tarball");
    expect(r.notes).toContain('package.json:28: overrides minimist → 1.2.8');
    expect(r.notes).toContain('package.json:29: overrides webpack > terser → 5.0.0');
    expect(r.notes).toContain('package.json:29: overrides webpack > . → 5.90.0');
  });

  it('masks credentials in URL specs and override notes', () => {
    const text = '{"dependencies": {"a": "git+https://ghp_tok3n@github.com/x/a.git"}, "overrides": {"b": "https://u:tok3n@h.example/b.tgz"}}';
    const d = parsePackageJson('package.json', text);
    expect(JSON.stringify(d)).not.toContain('tok3n');
    expect(d.notes).toContain('package.json:1: overrides b → https://***@h.example/b.tgz');
  });

  it('exports workspace globs in both forms', () => {
    expect(workspaceGlobs(MONOREPO_ROOT)).toEqual(['packages/*', 'apps/web']);
    expect(workspaceGlobs('{"workspaces": {"packages": ["libs/**"], "nohoist": ["x"]}}')).toEqual(['libs/**']);
    expect(workspaceGlobs('{"name": "x"}')).toEqual([]);
  });

  it('keeps the last duplicate key like JSON.parse, and notes the duplicate line', () => {
    const text = '{\n  "dependencies": {\n    "lodash": "4.17.20",\n    "lodash": "4.17.21"\n  }\n}\n';
    const d = parsePackageJson('pkg/package.json', text);
    expect(d.dependencies).toHaveLength(1);
    expect(dep(d, 'lodash')).toMatchObject({ version: '4.17.21', source: { file: 'pkg/package.json', line: 4 } });
    expect(d.notes).toContain('pkg/package.json:4: duplicate "lodash" in dependencies; the last one counts');
  });

  it('notes non-string values instead of inventing a range', () => {
    const d = parsePackageJson('package.json', '{"dependencies": {\n"a": 1,\n"b": "^1"}}');
    expect(d.dependencies.map((x) => x.name)).toEqual(['b']);
    expect(d.notes).toContain('package.json:2: dependencies.a is not a string; ignored');
  });

  it('rejects malformed JSON with file:line', () => {
    const e = userErrorOf(() => parsePackageJson('apps/web/package.json', '{\n  "name": "x",\n  "dependencies": {\n    "a": "1"\n    "b": "2"\n  }\n}'));
    expect(e.message).toMatch(/^apps\/web\/package\.json:5: invalid JSON: CommaExpected/);
  });

  it('rejects comments (package.json is strict JSON) and wrong shapes', () => {
    expect(userErrorOf(() => parsePackageJson('package.json', '{\n// c\n"name": "x"}')).message).toMatch(/^package\.json:2: /);
    expect(userErrorOf(() => parsePackageJson('package.json', '[1]')).message).toBe('package.json:1: package.json must be a JSON object');
    expect(userErrorOf(() => parsePackageJson('package.json', '{\n"dependencies": ["a"]}')).message).toBe(
      'package.json:2: "dependencies" must be an object of name → range',
    );
    expect(userErrorOf(() => parsePackageJson('package.json', '')).message).toMatch(/^package\.json:1: /);
  });
});
