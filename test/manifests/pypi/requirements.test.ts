import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRequirements } from '../../../src/manifests/pypi/requirements.js';
import { CustomsError } from '../../../src/runtime/errors.js';

const H1 = 'a'.repeat(64);
const H2 = 'B'.repeat(64);

function byName(text: string, file = 'requirements.txt') {
  const r = parseRequirements(file, text);
  return { r, get: (n: string) => r.dependencies.find((d) => d.name === n)! };
}

describe('parseRequirements', () => {
  it('reads pins, ranges, extras, markers and trailing comments with exact lines', () => {
    const { r, get } = byName(
      [
        '# top comment',
        'Django==4.2.7  # web framework',
        '',
        'requests[socks, security] >= 2.31, <3 ; python_version >= "3.8"',
        'zope.interface===5.0-custom',
        'Flask_SQLAlchemy~=3.1',
        'pins.with.wild==1.2.*',
      ].join('\n'),
    );
    expect(r.kind).toBe('requirements');
    expect(r.locked).toBe(false);
    expect(r.dependencies.map((d) => [d.name, d.source.line])).toEqual([
      ['django', 2],
      ['requests', 4],
      ['zope-interface', 5],
      ['flask-sqlalchemy', 6],
      ['pins-with-wild', 7],
    ]);
    expect(get('django')).toMatchObject({ version: '4.2.7', spec: '==4.2.7', group: 'prod', direct: true, origin: { kind: 'registry' } });
    expect(get('requests')).toMatchObject({ spec: '>=2.31,<3', extras: ['socks', 'security'], marker: 'python_version >= "3.8"' });
    expect(get('requests').version).toBeUndefined();
    expect(get('zope-interface').version).toBe('5.0-custom');
    expect(get('flask-sqlalchemy').version).toBeUndefined();
    expect(get('pins-with-wild').version).toBeUndefined();
  });

  it('joins continuation lines and reads several hashes, keeping the first line', () => {
    const text = `# via pip-compile\ncertifi==2024.2.2 \\\n    --hash=sha256:${H1} \\\n    --hash sha256:${H2}\nidna==3.6 --hash=sha256:${H1}\n`;
    const { get } = byName(text);
    expect(get('certifi').source.line).toBe(2);
    expect(get('certifi').integrity).toEqual([
      { algorithm: 'sha256', hex: H1 },
      { algorithm: 'sha256', hex: H2.toLowerCase() },
    ]);
    expect(get('idna')).toMatchObject({ source: { line: 5 }, version: '3.6' });
  });

  it('handles CRLF line endings and a BOM', () => {
    const { r } = byName('\uFEFFsix==1.16.0\r\n\r\n# c\r\nattrs>=23\r\n');
    expect(r.dependencies.map((d) => [d.name, d.source.line, d.spec])).toEqual([
      ['six', 1, '==1.16.0'],
      ['attrs', 4, '>=23'],
    ]);
  });

  it('keeps a "#" inside a URL fragment but drops a comment after whitespace', () => {
    const { get } = byName('-e git+https://github.com/org/tool.git@v1.0#egg=My_Tool  # pinned tag\n');
    expect(get('my-tool')).toMatchObject({ origin: { kind: 'vcs', url: 'git+https://github.com/org/tool.git@v1.0#egg=My_Tool' }, source: { line: 1 } });
    expect(get('my-tool').version).toBeUndefined();
  });

  it('reads name @ url, VCS direct references and archives', () => {
    const { get } = byName(
      [
        'pkg-a @ https://example.com/pkg_a-1.0-py3-none-any.whl ; sys_platform == "linux"',
        'pkg-b @ git+https://github.com/o/b.git@abc123',
        'https://example.com/dl/pkg_c-2.0.tar.gz',
        './vendor/pkg_d-0.3-py3-none-any.whl',
        'pkg-e @ file:///opt/wheels/pkg_e-1.0.tar.gz',
      ].join('\n'),
    );
    expect(get('pkg-a')).toMatchObject({ origin: { kind: 'url', url: 'https://example.com/pkg_a-1.0-py3-none-any.whl' }, marker: 'sys_platform == "linux"' });
    expect(get('pkg-b').origin).toEqual({ kind: 'vcs', url: 'git+https://github.com/o/b.git@abc123' });
    expect(get('pkg-c')).toMatchObject({ version: '2.0', origin: { kind: 'url' }, source: { line: 3 } });
    expect(get('pkg-d')).toMatchObject({ version: '0.3', origin: { kind: 'path', path: './vendor/pkg_d-0.3-py3-none-any.whl' } });
    expect(get('pkg-e').origin).toEqual({ kind: 'path', path: '/opt/wheels/pkg_e-1.0.tar.gz' });
  });

  it('reads file: URLs and local paths with #egg names as path origins', () => {
    const { get } = byName('-e file:///work/src/tool#egg=tool\n./libs/helper#egg=Helper\n');
    expect(get('tool').origin).toEqual({ kind: 'path', path: '/work/src/tool' });
    expect(get('helper')).toMatchObject({ origin: { kind: 'path', path: './libs/helper' }, source: { line: 2 } });
  });

  it('notes nameless editable and path requirements instead of guessing', () => {
    const r = parseRequirements('requirements.txt', '-e .\n--editable ./libs/core\nhttps://example.com/download\n');
    expect(r.dependencies).toEqual([]);
    expect(r.notes).toHaveLength(3);
    expect(r.notes[0]).toMatch(/^requirements\.txt:1: editable local path \. has no package name/);
    expect(r.notes[1]).toMatch(/^requirements\.txt:2: /);
  });

  it('collects includes relative to the including file, and constraints', () => {
    const r = parseRequirements('services/api/requirements/dev.txt', '-r base.txt\n--requirement=../../shared/common.txt\n-c ./constraints.txt\n-rlocal.in\n');
    expect(r.includes).toEqual([
      { file: 'services/api/requirements/base.txt', constraint: false, source: { file: 'services/api/requirements/dev.txt', line: 1 } },
      { file: 'services/shared/common.txt', constraint: false, source: { file: 'services/api/requirements/dev.txt', line: 2 } },
      { file: 'services/api/requirements/constraints.txt', constraint: true, source: { file: 'services/api/requirements/dev.txt', line: 3 } },
      { file: 'services/api/requirements/local.in', constraint: false, source: { file: 'services/api/requirements/dev.txt', line: 4 } },
    ]);
  });

  it('refuses includes that leave the repository', () => {
    expect(() => parseRequirements('a/requirements.txt', '\n-r ../../etc/passwd\n')).toThrow(/^a\/requirements\.txt:2: .*outside the repository/);
    expect(() => parseRequirements('requirements.txt', '-c /etc/constraints.txt')).toThrow(/requirements\.txt:1: .*absolute path/);
    expect(() => parseRequirements('requirements.txt', '-r C:\\x\\r.txt')).toThrow(CustomsError);
  });

  it('records index options as registries and other source options as notes', () => {
    const r = parseRequirements(
      'requirements.txt',
      '--index-url https://pypi.internal/simple\n-i=https://ignored.example/simple\n--extra-index-url=https://${USER}:${TOKEN}@extra.example/simple\n--pre\n--find-links ./wheels\n--no-index\n--trusted-host pypi.internal\nsix\n',
    );
    expect(r.registries).toEqual([
      { url: 'https://pypi.internal/simple', role: 'primary', source: { file: 'requirements.txt', line: 1 } },
      { url: 'https://ignored.example/simple', role: 'primary', source: { file: 'requirements.txt', line: 2 } },
      { url: 'https://${USER}:${TOKEN}@extra.example/simple', role: 'extra', source: { file: 'requirements.txt', line: 3 } },
    ]);
    expect(r.notes.join('\n')).toMatch(/:4: --pre/);
    expect(r.notes.join('\n')).toMatch(/:5: --find-links/);
    expect(r.notes.join('\n')).toMatch(/:6: --no-index/);
    expect(r.dependencies.map((d) => d.name)).toEqual(['six']);
  });

  it('leaves ${ENV} references as written', () => {
    const { get } = byName('private-pkg @ https://${TOKEN}@git.example.com/p.tar.gz#egg=private-pkg\n');
    expect(get('private-pkg').origin).toEqual({ kind: 'url', url: 'https://${TOKEN}@git.example.com/p.tar.gz#egg=private-pkg' });
  });

  it('puts requirements-dev files in the dev group', () => {
    expect(parseRequirements('requirements-dev.txt', 'pytest\n').dependencies[0]!.group).toBe('dev');
    expect(parseRequirements('requirements/test.in', 'pytest\n').dependencies[0]!.group).toBe('dev');
    expect(parseRequirements('requirements/prod.txt', 'flask\n').dependencies[0]!.group).toBe('prod');
  });

  it('uses pip-compile "# via" comments for direct flags and chains', () => {
    const text = [
      'django==4.2.7',
      '    # via -r requirements.in',
      'asgiref==3.7.2',
      '    # via django',
      'typing-extensions==4.9.0',
      '    # via',
      '    #   asgiref',
      '    #   other',
      `sqlparse==0.4.4 \\`,
      `    --hash=sha256:${H1}`,
      '    # via django',
    ].join('\n');
    const { get } = byName(text);
    expect(get('django')).toMatchObject({ direct: true, via: [] });
    expect(get('asgiref')).toMatchObject({ direct: false, via: ['django'] });
    expect(get('typing-extensions')).toMatchObject({ direct: false, via: ['django', 'asgiref'] });
    expect(get('sqlparse')).toMatchObject({ direct: false, via: ['django'], source: { line: 9 } });
  });

  it('gives file:line errors for malformed requirements and options', () => {
    const cases: [string, RegExp][] = [
      ['six\nrequests[socks\n', /^requirements\.txt:2: unclosed "\[" of extras/],
      ['\n\nfoo >= \n', /^requirements\.txt:3: invalid version clause/],
      ['foo==1 --hash=sha256:abc\n', /^requirements\.txt:1: sha256 hash has 3 hex digits/],
      ['foo==1 --hash=crc32:abcd\n', /^requirements\.txt:1: hash "crc32:abcd"/],
      ['--frobnicate\n', /^requirements\.txt:1: unknown option "--frobnicate"/],
      ['-r\n', /^requirements\.txt:1: option -r needs a value/],
      ['foo; python_version < "3\n', /^requirements\.txt:1: unclosed string in environment marker/],
      [`--hash=sha256:${H1}\n`, /^requirements\.txt:1: --hash without a requirement/],
      ['-e requests\n', /^requirements\.txt:1: -e needs a local path or VCS URL/],
      ['!!!\n', /^requirements\.txt:1: expected a package name/],
    ];
    for (const [text, re] of cases) {
      let err: unknown;
      try {
        parseRequirements('requirements.txt', text);
      } catch (e) {
        err = e;
      }
      expect(err, text).toBeInstanceOf(CustomsError);
      expect((err as CustomsError).kind).toBe('user');
      expect((err as Error).message, text).toMatch(re);
    }
  });

  it('never puts URL credentials into notes or errors', () => {
    const r = parseRequirements('requirements.txt', '--find-links https://user:s3cret@host/wheels\n');
    expect(r.notes.join()).not.toContain('s3cret');
    expect(() => parseRequirements('requirements.txt', '--bogus=https://u:s3cret@h/x')).toThrow(/^(?!.*s3cret)/);
  });

  it('property: arbitrary text either parses or throws a CustomsError', () => {
    const line = fc.oneof(
      fc.string(),
      fc.constantFrom('-r ', '-c ', '-e ', '--hash=sha256:', '\\', '#', ' # ', '@ ', ';', '[', ']', '==', '../', '/', 'git+', '${X}', '\r\n', '\t'),
      fc.stringMatching(/^[a-z][a-z0-9._-]{0,8}(\[[a-z,]{0,6}\])?(==|>=|~=)?[0-9.*]{0,5}$/),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.constantFrom('', ' ', '\n'), fc.constantFrom('requirements.txt', 'a/b/requirements.in'), (parts, sep, file) => {
        const text = parts.join(sep);
        try {
          const r = parseRequirements(file, text);
          const lineCount = text.split(/\r\n|\r|\n/).length;
          for (const d of r.dependencies) {
            expect(d.source.line).toBeGreaterThanOrEqual(1);
            expect(d.source.line).toBeLessThanOrEqual(lineCount);
          }
        } catch (err) {
          if (!(err instanceof CustomsError)) throw err;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('property: includes never leave the repository root', () => {
    const segment = fc.constantFrom('..', '.', 'a', 'b', '', 'req.txt', '...', '..\\..');
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 3 }), fc.array(segment, { minLength: 1, maxLength: 6 }), (dir, target) => {
        const file = [...dir.filter((s) => s !== '..' && s !== '.' && s !== '' && s !== '..\\..'), 'requirements.txt'].join('/');
        try {
          const r = parseRequirements(file, `-r ${target.join('/') || 'x'}\n`);
          for (const inc of r.includes) {
            expect(inc.file.startsWith('/')).toBe(false);
            expect(inc.file.split('/')).not.toContain('..');
            expect(inc.file.split('/')).not.toContain('');
          }
        } catch (err) {
          if (!(err instanceof CustomsError)) throw err;
        }
      }),
      { numRuns: 2000 },
    );
  });
});
