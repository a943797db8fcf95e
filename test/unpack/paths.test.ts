import { describe, expect, it } from 'vitest';
import { checkEntryPath } from '../../src/unpack/paths.js';

describe('checkEntryPath', () => {
  it('normalises accepted names to / separators without empty or . segments', () => {
    expect(checkEntryPath('./pkg-1.0//src/./mod.py')).toEqual({
      ok: true,
      path: 'pkg-1.0/src/mod.py',
      directory: false,
    });
    expect(checkEntryPath('pkg-1.0/')).toEqual({ ok: true, path: 'pkg-1.0', directory: true });
    expect(checkEntryPath('./')).toEqual({ ok: true, path: '', directory: true });
    expect(checkEntryPath('a..b/..c')).toEqual({ ok: true, path: 'a..b/..c', directory: false });
  });

  it('refuses absolute and drive-letter names', () => {
    for (const name of ['/etc/passwd', '\\\\host\\share', '\\x', 'C:\\x', 'c:/x', 'C:x']) {
      expect(checkEntryPath(name)).toMatchObject({ ok: false, reason: 'absolute-path' });
    }
  });

  it('refuses .. segments with either separator and any backslash', () => {
    for (const name of ['..', '../x', 'a/../../x', 'a/..', '..\\x', 'a\\..\\x']) {
      expect(checkEntryPath(name)).toEqual({ ok: false, reason: 'path-traversal', detail: '".." segment' });
    }
    const backslash = { ok: false, reason: 'path-traversal', detail: 'backslash in path' };
    expect(checkEntryPath('a\\b.py')).toEqual(backslash);
  });
});
