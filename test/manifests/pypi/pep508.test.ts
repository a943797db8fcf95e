import { describe, expect, it } from 'vitest';
import { pinnedVersion, normalizeName } from '../../../src/manifests/pypi/declared.js';
import { archiveNameVersion, eggName, parsePep508 } from '../../../src/manifests/pypi/pep508.js';
import { CustomsError } from '../../../src/runtime/errors.js';

describe('parsePep508', () => {
  it('reads name, extras, parenthesised specifiers and markers', () => {
    expect(parsePep508('name[quux, strange];python_version<"2.7" and platform_version=="2"', 'f:1')).toEqual({
      name: 'name',
      extras: ['quux', 'strange'],
      spec: '',
      marker: 'python_version<"2.7" and platform_version=="2"',
    });
    expect(parsePep508('pkg (>=1.0, !=1.3.*)', 'f:1')).toEqual({ name: 'pkg', extras: [], spec: '>=1.0,!=1.3.*' });
    expect(parsePep508('A.B-C_D', 'f:1').name).toBe('A.B-C_D');
  });

  it('reads direct references, with a marker after whitespace', () => {
    expect(parsePep508('pip @ https://github.com/pypa/pip/archive/1.3.1.zip#sha1=da9234ee ; python_version >= "3"', 'f:1')).toEqual({
      name: 'pip',
      extras: [],
      spec: '',
      url: 'https://github.com/pypa/pip/archive/1.3.1.zip#sha1=da9234ee',
      marker: 'python_version >= "3"',
    });
  });

  it.each([
    ['', /expected a package name/],
    ['-foo', /expected a package name/],
    ['foo[bar', /unclosed "\["/],
    ['foo[b@r]', /invalid extra "b@r"/],
    ['foo (>=1', /unclosed "\("/],
    ['foo >=1,', /invalid version clause ""/],
    ['foo =>1', /invalid version clause/],
    ['foo @', /"@" without a URL/],
    ['foo @ https://x y', /unexpected text "y"/],
    ['foo ;', /empty environment marker/],
    ['foo ; (os_name == "nt"', /unclosed "\("/],
    ['foo ; os_name == "nt")', /unbalanced "\)"/],
  ])('rejects %j', (text, re) => {
    let err: unknown;
    try {
      parsePep508(text, 'req.txt:9');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CustomsError);
    expect((err as Error).message).toMatch(/^req\.txt:9: /);
    expect((err as Error).message).toMatch(re);
  });

  it('hides credentials of a URL in the error', () => {
    expect(() => parsePep508('foo @ https://user:hunter2@host/x.whl junk', 'f:1')).toThrow(/^(?!.*hunter2)/);
  });
});

describe('names, pins and archive names', () => {
  it('normalises per PEP 503', () => {
    expect(normalizeName('Friendly-Bard')).toBe('friendly-bard');
    expect(normalizeName('FRIENDLY__.-bard')).toBe('friendly-bard');
    expect(normalizeName('zope.interface')).toBe('zope-interface');
  });

  it('detects exact pins only', () => {
    expect(pinnedVersion('==1.2.3')).toBe('1.2.3');
    expect(pinnedVersion('===foo')).toBe('foo');
    expect(pinnedVersion('==1.2.*')).toBeUndefined();
    expect(pinnedVersion('==1.2.3,!=1.2.4')).toBeUndefined();
    expect(pinnedVersion('>=1')).toBeUndefined();
    expect(pinnedVersion('')).toBeUndefined();
  });

  it('reads egg fragments and archive file names', () => {
    expect(eggName('git+https://x/y.git#egg=foo[bar]&subdirectory=sub')).toBe('foo');
    expect(eggName('https://x/y.tar.gz')).toBeUndefined();
    expect(archiveNameVersion('https://h/p/foo_bar-1.0.post1-py3-none-any.whl?x=1')).toEqual({ name: 'foo_bar', version: '1.0.post1' });
    expect(archiveNameVersion('./dist/my-pkg-2.0.1.tar.gz')).toEqual({ name: 'my-pkg', version: '2.0.1' });
    expect(archiveNameVersion('./dist/readme.txt')).toBeUndefined();
  });
});
