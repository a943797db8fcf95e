import { describe, expect, it } from 'vitest';
import { parsePyproject } from '../../../src/manifests/pypi/pyproject.js';
import { CustomsError } from '../../../src/runtime/errors.js';

const PEP621 = `[build-system]
requires = ["setuptools>=68", "wheel"]
build-backend = "setuptools.build_meta"

[project]
name = "demo"
version = "1.0"
dependencies = [
    "requests>=2.31",  # http
    "Typing_Extensions==4.9.0; python_version < '3.11'",
    'attrs[tests] ~= 23.1',
    "local-lib @ file:///src/local-lib",
]

[project.optional-dependencies]
docs = ["sphinx>=7"]
fast = [
  "orjson==3.9.10",
]

[dependency-groups]
test = ["pytest>=8", "coverage[toml]"]
dev = [
    {include-group = "test"},
    "ruff==0.4.0",
]

[tool.uv]
dev-dependencies = ["mypy"]

[tool.uv.sources]
attrs = { git = "https://github.com/python-attrs/attrs", tag = "23.1.0" }
orjson = { index = "internal" }

[[tool.uv.index]]
name = "internal"
url = "https://pypi.internal.example/simple"

[[tool.uv.index]]
name = "corp"
url = "https://corp.example/simple"
default = true
`;

describe('parsePyproject: PEP 621, PEP 735, uv', () => {
  const r = parsePyproject('pyproject.toml', PEP621);
  const get = (n: string, group?: string) => r.dependencies.find((d) => d.name === n && (group === undefined || d.group === group))!;

  it('finds every declaration on its own line', () => {
    expect(r.dependencies.map((d) => [d.name, d.group, d.source.line])).toEqual([
      ['requests', 'prod', 9],
      ['typing-extensions', 'prod', 10],
      ['attrs', 'prod', 11],
      ['local-lib', 'prod', 12],
      ['sphinx', 'docs', 16],
      ['orjson', 'fast', 18],
      ['pytest', 'test', 22],
      ['coverage', 'test', 22],
      ['ruff', 'dev', 25],
      ['setuptools', 'build', 2],
      ['wheel', 'build', 2],
      ['mypy', 'dev', 29],
    ]);
  });

  it('reads specs, pins, markers, extras and origins', () => {
    expect(get('typing-extensions')).toMatchObject({ version: '4.9.0', marker: "python_version < '3.11'" });
    expect(get('attrs')).toMatchObject({ spec: '~=23.1', extras: ['tests'], origin: { kind: 'vcs', url: 'git+https://github.com/python-attrs/attrs@23.1.0' } });
    expect(get('local-lib').origin).toEqual({ kind: 'path', path: '/src/local-lib' });
    expect(get('orjson')).toMatchObject({ version: '3.9.10', origin: { kind: 'registry', url: 'https://pypi.internal.example/simple' } });
    expect(get('requests').version).toBeUndefined();
  });

  it('reads uv indexes as registries with their roles', () => {
    expect(r.registries).toEqual([
      { url: 'https://pypi.internal.example/simple', role: 'extra', source: { file: 'pyproject.toml', line: 37 } },
      { url: 'https://corp.example/simple', role: 'primary', source: { file: 'pyproject.toml', line: 41 } },
    ]);
  });

  it('rejects an include of an unknown dependency group', () => {
    const bad = '[dependency-groups]\ndev = [{include-group = "tests"}]\n';
    expect(() => parsePyproject('pyproject.toml', bad)).toThrow(/^pyproject\.toml:2: dependency group "dev" includes unknown group "tests"/);
  });

  it('notes dynamic dependencies and in-tree build backends', () => {
    const res = parsePyproject('pkg/pyproject.toml', '[build-system]\nrequires = []\nbuild-backend = "backend"\nbackend-path = ["_build"]\n[project]\nname = "x"\ndynamic = ["dependencies"]\n');
    expect(res.notes).toEqual([
      expect.stringMatching(/^pkg\/pyproject\.toml:7: dependencies are dynamic/),
      expect.stringMatching(/^pkg\/pyproject\.toml:4: the build backend is loaded from the repository itself/),
    ]);
  });

  it('returns setuptools dynamic requirement files as includes', () => {
    const res = parsePyproject(
      'svc/pyproject.toml',
      '[project]\nname = "x"\ndynamic = ["dependencies", "optional-dependencies"]\n\n[tool.setuptools.dynamic]\ndependencies = { file = ["requirements.in"] }\noptional-dependencies.test = { file = "requirements-test.txt" }\n',
    );
    expect(res.includes).toEqual([
      { file: 'svc/requirements.in', constraint: false, source: { file: 'svc/pyproject.toml', line: 6 } },
      { file: 'svc/requirements-test.txt', constraint: false, source: { file: 'svc/pyproject.toml', line: 7 } },
    ]);
    expect(() => parsePyproject('pyproject.toml', '[tool.setuptools.dynamic]\ndependencies = { file = ["../x.txt"] }\n')).toThrow(/^pyproject\.toml:2: .*outside the repository/);
  });

  it('gives file:line errors for invalid TOML, wrong types and bad requirements', () => {
    expect(() => parsePyproject('pyproject.toml', '[project]\nname = "x"\ndependencies = [\n  "ok",\n  "bad ==",\n]\n')).toThrow(/^pyproject\.toml:5: invalid version clause/);
    expect(() => parsePyproject('pyproject.toml', '[project]\ndependencies = "requests"\n')).toThrow(/^pyproject\.toml:2: "project\.dependencies" must be an array/);
    expect(() => parsePyproject('pyproject.toml', '[project]\nname = "x"\nname = "y"\n')).toThrow(/^pyproject\.toml:3: invalid TOML/);
    expect(() => parsePyproject('pyproject.toml', '[project\n')).toThrow(CustomsError);
    expect(() => parsePyproject('pyproject.toml', '[tool.uv.sources]\nfoo = { rev = "x" }\n')).toThrow(/^pyproject\.toml:2: source for "foo"/);
  });

  it('gives repeated entries their own lines', () => {
    const res = parsePyproject('pyproject.toml', '[project]\ndependencies = ["a", "a"]\n[project.optional-dependencies]\nx = [\n  "b",\n  "b",\n  "a",\n]\n');
    expect(res.dependencies.map((d) => [d.name, d.source.line])).toEqual([
      ['a', 2],
      ['a', 2],
      ['b', 5],
      ['b', 6],
      ['a', 7],
    ]);
  });

  it('handles CRLF line endings and a BOM', () => {
    const res = parsePyproject('pyproject.toml', '\uFEFF[project]\r\nname = "x"\r\ndependencies = [\r\n  "a",\r\n  "b",\r\n]\r\n');
    expect(res.dependencies.map((d) => [d.name, d.source.line])).toEqual([
      ['a', 4],
      ['b', 5],
    ]);
  });
});

const POETRY = `[tool.poetry]
name = "app"
version = "0.1.0"

[tool.poetry.dependencies]
python = "^3.10"
requests = "^2.31"
"zope.interface" = "6.1"
pendulum = { version = "~2.1", extras = ["test"], markers = "sys_platform == 'linux'" }
mylib = { git = "https://github.com/acme/mylib.git", rev = "a1b2c3" }
localpkg = { path = "../localpkg", develop = true }
wheelpkg = { url = "https://example.com/wheelpkg-1.0-py3-none-any.whl" }
privpkg = { version = "1.2.3", source = "private" }
foo = [
  { version = "<=1.9", python = ">=3.6,<3.8" },
  { version = "^2.0", python = ">=3.8" },
]
psycopg = { version = "^3.1", optional = true }

[tool.poetry.extras]
pg = ["psycopg"]

[tool.poetry.dev-dependencies]
black = "23.*"

[tool.poetry.group.test.dependencies]
pytest = ">=7.0,<9"

[[tool.poetry.source]]
name = "private"
url = "https://pypi.private.example/simple/"
priority = "supplemental"

[[tool.poetry.source]]
name = "mirror"
url = "https://mirror.example/simple/"
priority = "primary"
`;

describe('parsePyproject: Poetry', () => {
  const r = parsePyproject('pyproject.toml', POETRY);
  const get = (n: string) => r.dependencies.find((d) => d.name === n)!;

  it('reads every section with the key line, skipping python', () => {
    expect(r.dependencies.map((d) => [d.name, d.group, d.source.line])).toEqual([
      ['requests', 'prod', 7],
      ['zope-interface', 'prod', 8],
      ['pendulum', 'prod', 9],
      ['mylib', 'prod', 10],
      ['localpkg', 'prod', 11],
      ['wheelpkg', 'prod', 12],
      ['privpkg', 'prod', 13],
      ['foo', 'prod', 14],
      ['foo', 'prod', 14],
      ['psycopg', 'pg', 18],
      ['black', 'dev', 24],
      ['pytest', 'test', 27],
    ]);
  });

  it('keeps raw Poetry constraints and pins bare versions', () => {
    expect(get('requests')).toMatchObject({ spec: '^2.31' });
    expect(get('requests').version).toBeUndefined();
    expect(get('zope-interface')).toMatchObject({ spec: '6.1', version: '6.1' });
    expect(get('black').version).toBeUndefined();
    expect(get('pendulum')).toMatchObject({ spec: '~2.1', extras: ['test'], marker: "sys_platform == 'linux'" });
  });

  it('maps git, path, url and source origins', () => {
    expect(get('mylib').origin).toEqual({ kind: 'vcs', url: 'git+https://github.com/acme/mylib.git@a1b2c3' });
    expect(get('localpkg').origin).toEqual({ kind: 'path', path: '../localpkg' });
    expect(get('wheelpkg').origin).toEqual({ kind: 'url', url: 'https://example.com/wheelpkg-1.0-py3-none-any.whl' });
    expect(get('privpkg')).toMatchObject({ version: '1.2.3', origin: { kind: 'registry', url: 'https://pypi.private.example/simple/' } });
  });

  it('reads sources with their priority', () => {
    expect(r.registries).toEqual([
      { url: 'https://pypi.private.example/simple/', role: 'extra', source: { file: 'pyproject.toml', line: 31 } },
      { url: 'https://mirror.example/simple/', role: 'primary', source: { file: 'pyproject.toml', line: 36 } },
    ]);
  });

  it('gives file:line errors for malformed Poetry entries', () => {
    expect(() => parsePyproject('pyproject.toml', '[tool.poetry.dependencies]\npython = "^3.9"\nbad = 42\n')).toThrow(/^pyproject\.toml:3: dependency must be a version string or a table/);
    expect(() => parsePyproject('pyproject.toml', '[tool.poetry.dependencies]\nbad = { git = 1 }\n')).toThrow(/^pyproject\.toml:2: "git" must be a string/);
  });
});
