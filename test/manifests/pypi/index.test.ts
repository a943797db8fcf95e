import { describe, expect, it } from 'vitest';
import { isPypiManifest, parsePypiManifest } from '../../../src/manifests/pypi/index.js';
import { CustomsError } from '../../../src/runtime/errors.js';

describe('isPypiManifest / parsePypiManifest', () => {
  it.each([
    ['requirements.txt', true],
    ['requirements-dev.txt', true],
    ['app/requirements/base.txt', true],
    ['requirements/dev.in', true],
    ['requirements.in', true],
    ['constraints.txt', true],
    ['dev-requirements.txt', true],
    ['pyproject.toml', true],
    ['sub/setup.cfg', true],
    ['Pipfile', true],
    ['Pipfile.lock', true],
    ['poetry.lock', true],
    ['uv.lock', true],
    ['pdm.lock', true],
    ['MANIFEST.in', false],
    ['Makefile.in', false],
    ['config.h.in', false],
    ['notes.txt', false],
    ['package.json', false],
    ['setup.py', false],
  ])('%s → %s', (file, expected) => {
    expect(isPypiManifest(file)).toBe(expected);
  });

  it('dispatches by file name', () => {
    expect(parsePypiManifest('svc/requirements.txt', 'six==1.16.0\n').kind).toBe('requirements');
    expect(parsePypiManifest('pyproject.toml', '[project]\ndependencies = ["six"]\n').kind).toBe('pyproject');
    expect(parsePypiManifest('setup.cfg', '[options]\ninstall_requires = six\n').kind).toBe('setup-cfg');
    expect(parsePypiManifest('Pipfile', '[packages]\nsix = "*"\n').kind).toBe('pipfile');
    expect(parsePypiManifest('Pipfile.lock', '{"default": {}}').kind).toBe('pipfile-lock');
    expect(parsePypiManifest('poetry.lock', '').kind).toBe('poetry-lock');
    expect(parsePypiManifest('uv.lock', 'version = 1\n').kind).toBe('uv-lock');
    expect(parsePypiManifest('pdm.lock', '').kind).toBe('pdm-lock');
    expect(parsePypiManifest('x/uv.lock', 'version = 1\n').file).toBe('x/uv.lock');
  });

  it('refuses files it does not know as an internal error', () => {
    try {
      parsePypiManifest('setup.py', '');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(CustomsError);
      expect((err as CustomsError).kind).toBe('internal');
    }
  });
});
