/**
 * Build code that pyproject.toml names runs when pip builds the sdist: an in-tree backend, hatchling's
 * custom hooks, pdm-backend's pdm_build.py and poetry-core's build script. Their code is install-time,
 * but only when the backend that runs the hook is the one the project builds with.
 */
import { describe, expect, it } from 'vitest';
import { buildHooks } from '../../../src/detectors/python/build-hooks.js';
import { modelOf } from '../../support/engine.js';

const has = (files: string[]) => (p: string) => files.includes(p);
const backend = (name: string, rest = ''): string => `[build-system]\nrequires = ["x"]\nbuild-backend = "${name}"\n${rest}`;

describe('buildHooks', () => {
  it('finds hatchling custom hooks, by default in hatch_build.py, per target and for metadata', () => {
    const text = backend('hatchling.build', '[tool.hatch.build.targets.wheel.hooks.custom]\n[tool.hatch.metadata.hooks.custom]\npath = "./tools/meta.py"\n');
    expect(buildHooks(text, has(['hatch_build.py', 'tools/meta.py'])).map((h) => [h.file, h.scopes]).sort()).toEqual([
      ['hatch_build.py', 'all'],
      ['tools/meta.py', 'all'],
    ]);
  });

  it('finds pdm_build.py, a custom pdm hook path, and poetry build scripts in both spellings', () => {
    expect(buildHooks(backend('pdm.backend'), has(['pdm_build.py']))[0]?.file).toBe('pdm_build.py');
    expect(buildHooks(backend('pdm.backend', '[tool.pdm.build]\ncustom-hook = "hooks/h.py"\n'), has(['hooks/h.py']))[0]?.file).toBe('hooks/h.py');
    const poetry = buildHooks(backend('poetry.core.masonry.api', '[tool.poetry.build]\nscript = "build.py"\n'), has(['build.py']));
    expect(poetry.map((h) => [h.file, h.scopes, h.asScript])).toEqual([['build.py', ['build'], true]]);
    expect(buildHooks(backend('poetry.masonry.api', '[tool.poetry]\nbuild = "make.py"\n'), has(['make.py']))[0]?.file).toBe('make.py');
  });

  it('ignores hooks another backend would never run, missing files and unreadable TOML', () => {
    expect(buildHooks(backend('setuptools.build_meta', '[tool.hatch.build.hooks.custom]\n'), has(['hatch_build.py']))).toEqual([]);
    expect(buildHooks(backend('setuptools.build_meta'), has(['pdm_build.py']))).toEqual([]);
    expect(buildHooks(backend('hatchling.build', '[tool.hatch.build.hooks.custom]\n'), has([]))).toEqual([]);
    expect(buildHooks('[build-system\nbuild-backend = ', has(['hatch_build.py']))).toEqual([]);
  });

  it('keeps reporting in-tree backends with their PEP 517 hooks', () => {
    const hooks = buildHooks(backend('build_tools.backend', 'backend-path = ["."]\n'), has(['build_tools/backend.py']));
    expect(hooks.map((h) => [h.file, h.kind])).toEqual([['build_tools/backend.py', 'backend']]);
    expect(hooks[0]?.scopes).toContain('build_wheel');
  });
});

describe('execution roots of build hooks', () => {
  it('runs every method of a hatch hook class and pdm hook function at install time, not only on import', async () => {
    const model = await modelOf({
      'pyproject.toml': backend('hatchling.build', '[tool.hatch.build.hooks.custom]\n'),
      'hatch_build.py': 'class Hook:\n    def initialize(self, version, build_data):\n        helper()\n\ndef helper():\n    pass\n',
      'pkg/__init__.py': '',
    });
    expect(model.execution.vector('hatch_build.py', 'Hook.initialize')).toBe('install');
    expect(model.execution.vector('hatch_build.py', 'helper')).toBe('install');
    expect(model.execution.vector('pkg/__init__.py', '<module>')).toBe('import');
  });

  it('runs a poetry build script as a script, and its build() function', async () => {
    const model = await modelOf({
      'pyproject.toml': backend('poetry.core.masonry.api', '[tool.poetry.build]\nscript = "build.py"\n'),
      'build.py': 'def build(setup_kwargs=None):\n    pass\n\ndef unused():\n    pass\n\nif __name__ == "__main__":\n    build()\n',
    });
    expect(model.execution.vector('build.py', 'build')).toBe('install');
    expect(model.execution.vector('build.py', 'unused')).toBe('runtime');
  });
});
