import { describe, expect, it } from 'vitest';
import { parsePipfile } from '../../../src/manifests/pypi/pipfile.js';
import { parsePipfileLock } from '../../../src/manifests/pypi/pipfile-lock.js';
import { CustomsError } from '../../../src/runtime/errors.js';

const PIPFILE = `[[source]]
url = "https://pypi.org/simple"
verify_ssl = true
name = "pypi"

[[source]]
url = "https://pypi.internal.example/simple"
verify_ssl = true
name = "internal"

[packages]
requests = "*"
Django = "==4.2.7"
"zope.interface" = {version = ">=5", extras = ["test"], markers = "os_name == 'posix'"}
mylib = {git = "https://github.com/acme/mylib.git", ref = "v1.0", editable = true}
localpkg = {path = "./localpkg", editable = true}
privpkg = {version = "==1.0", index = "internal"}

[dev-packages]
pytest = ">= 7"

[docs]
sphinx = "*"

[requires]
python_version = "3.11"
`;

describe('parsePipfile', () => {
  const r = parsePipfile('Pipfile', PIPFILE);
  const get = (n: string) => r.dependencies.find((d) => d.name === n)!;

  it('reads categories with key lines', () => {
    expect(r.dependencies.map((d) => [d.name, d.group, d.source.line, d.spec])).toEqual([
      ['requests', 'prod', 12, ''],
      ['django', 'prod', 13, '==4.2.7'],
      ['zope-interface', 'prod', 14, '>=5'],
      ['mylib', 'prod', 15, ''],
      ['localpkg', 'prod', 16, ''],
      ['privpkg', 'prod', 17, '==1.0'],
      ['pytest', 'dev', 20, '>=7'],
      ['sphinx', 'docs', 23, ''],
    ]);
    expect(get('django').version).toBe('4.2.7');
    expect(get('zope-interface')).toMatchObject({ extras: ['test'], marker: "os_name == 'posix'" });
  });

  it('maps origins and sources', () => {
    expect(get('mylib').origin).toEqual({ kind: 'vcs', url: 'git+https://github.com/acme/mylib.git@v1.0' });
    expect(get('localpkg').origin).toEqual({ kind: 'path', path: './localpkg' });
    expect(get('privpkg')).toMatchObject({ version: '1.0', origin: { kind: 'registry', url: 'https://pypi.internal.example/simple' } });
    expect(r.registries.map((x) => [x.url, x.role, x.source.line])).toEqual([
      ['https://pypi.org/simple', 'primary', 2],
      ['https://pypi.internal.example/simple', 'extra', 7],
    ]);
  });

  it('gives file:line errors', () => {
    expect(() => parsePipfile('Pipfile', '[packages]\nrequests = "*"\nbad = 3\n')).toThrow(/^Pipfile:3: package must be a version string or a table/);
    expect(() => parsePipfile('Pipfile', '[packages]\nrequests = "*\n')).toThrow(/^Pipfile:2: invalid TOML/);
    expect(() => parsePipfile('Pipfile', '[[source]]\nname = "x"\n')).toThrow(/^Pipfile:1: \[\[source\]\] needs a "url"/);
  });
});

const H = (c: string) => `sha256:${c.repeat(64)}`;
const LOCK = `{
    "_meta": {
        "hash": {"sha256": "x"},
        "pipfile-spec": 6,
        "requires": {"python_version": "3.11"},
        "sources": [
            {"name": "pypi", "url": "https://pypi.org/simple", "verify_ssl": true},
            {"name": "internal", "url": "https://pypi.internal.example/simple", "verify_ssl": true}
        ]
    },
    "default": {
        "certifi": {
            "hashes": ["${H('a')}", "${H('b')}"],
            "index": "pypi",
            "markers": "python_version >= '3.6'",
            "version": "==2024.2.2"
        },
        "privpkg": {"hashes": ["${H('c')}"], "index": "internal", "version": "==1.0"},
        "mylib": {"editable": true, "git": "https://github.com/acme/mylib.git", "ref": "0123abcd"}
    },
    "develop": {
        "pytest": {"hashes": [], "version": "==8.0.0"}
    }
}`;

describe('parsePipfileLock', () => {
  const r = parsePipfileLock('Pipfile.lock', LOCK);
  const get = (n: string) => r.dependencies.find((d) => d.name === n)!;

  it('reads entries with the line of their key, versions, hashes and groups', () => {
    expect(r.locked).toBe(true);
    expect(r.dependencies.map((d) => [d.name, d.group, d.source.line, d.version])).toEqual([
      ['certifi', 'prod', 12, '2024.2.2'],
      ['privpkg', 'prod', 18, '1.0'],
      ['mylib', 'prod', 19, undefined],
      ['pytest', 'dev', 22, '8.0.0'],
    ]);
    expect(get('certifi').integrity).toEqual([
      { algorithm: 'sha256', hex: 'a'.repeat(64) },
      { algorithm: 'sha256', hex: 'b'.repeat(64) },
    ]);
    expect(get('certifi')).toMatchObject({ marker: "python_version >= '3.6'", direct: true, via: [] });
    expect(get('privpkg').origin).toEqual({ kind: 'registry', url: 'https://pypi.internal.example/simple' });
    expect(get('mylib').origin).toEqual({ kind: 'vcs', url: 'git+https://github.com/acme/mylib.git@0123abcd' });
    expect(r.registries.map((x) => [x.role, x.source.line])).toEqual([
      ['primary', 7],
      ['extra', 8],
    ]);
  });

  it('handles CRLF and a BOM', () => {
    const res = parsePipfileLock('Pipfile.lock', '\uFEFF{\r\n"default": {\r\n"six": {"version": "==1.16.0"}\r\n}\r\n}');
    expect(res.dependencies.map((d) => [d.name, d.source.line])).toEqual([['six', 3]]);
  });

  it('gives file:line errors for invalid JSON and bad entries', () => {
    expect(() => parsePipfileLock('Pipfile.lock', '{\n"default": {\n"six": {"version": "==1"},\n}\n}')).toThrow(/^Pipfile\.lock:4: invalid JSON/);
    expect(() => parsePipfileLock('Pipfile.lock', '{\n"default": {\n  "six": {"hashes": ["sha256:zz"]}\n}}')).toThrow(/^Pipfile\.lock:3: hash "sha256:zz"/);
    expect(() => parsePipfileLock('Pipfile.lock', '{\n"default": []\n}')).toThrow(/^Pipfile\.lock:2: "default" must be an object/);
    expect(() => parsePipfileLock('Pipfile.lock', '')).toThrow(CustomsError);
  });
});
