import { describe, expect, it } from 'vitest';
import { parseIni } from '../../../src/manifests/pypi/ini.js';
import { parseSetupCfg } from '../../../src/manifests/pypi/setup-cfg.js';
import { CustomsError } from '../../../src/runtime/errors.js';

const SETUP_CFG = `[metadata]
name = demo

[options]
packages = find:
install_requires =
    requests>=2.0
    # a comment inside the value
    importlib-metadata; python_version<"3.8"

    PyYAML == 6.0.1
setup_requires = setuptools_scm>=8; wheel
python_requires = >=3.8

; another comment
[options.extras_require]
Test =
    pytest
    pytest-cov[toml]>=4
docs = sphinx
`;

describe('parseSetupCfg', () => {
  const r = parseSetupCfg('setup.cfg', SETUP_CFG);

  it('reads install_requires line by line, setup_requires split on ";" and extras', () => {
    expect(r.dependencies.map((d) => [d.name, d.group, d.source.line, d.spec])).toEqual([
      ['requests', 'prod', 7, '>=2.0'],
      ['importlib-metadata', 'prod', 9, ''],
      ['pyyaml', 'prod', 11, '==6.0.1'],
      ['setuptools-scm', 'build', 12, '>=8'],
      ['wheel', 'build', 12, ''],
      ['pytest', 'test', 18, ''],
      ['pytest-cov', 'test', 19, '>=4'],
      ['sphinx', 'docs', 20, ''],
    ]);
    expect(r.dependencies[1]!.marker).toBe('python_version<"3.8"');
    expect(r.dependencies[2]!.version).toBe('6.0.1');
  });

  it('turns install_requires = file: … into includes and notes dependency_links', () => {
    const res = parseSetupCfg('pkg/setup.cfg', '[options]\ninstall_requires = file: requirements.txt, reqs/extra.txt\ndependency_links =\n    https://user:pw@example.com/pkgs\n');
    expect(res.dependencies).toEqual([]);
    expect(res.includes).toEqual([
      { file: 'pkg/requirements.txt', constraint: false, source: { file: 'pkg/setup.cfg', line: 2 } },
      { file: 'pkg/reqs/extra.txt', constraint: false, source: { file: 'pkg/setup.cfg', line: 2 } },
    ]);
    expect(res.notes[0]).toMatch(/^pkg\/setup\.cfg:2: install_requires is read from requirements\.txt/);
    expect(res.notes[2]).toBe('pkg/setup.cfg:4: dependency_links names a download location https://***@example.com/pkgs');
    expect(() => parseSetupCfg('setup.cfg', '[options]\ninstall_requires = file: ../../x.txt\n')).toThrow(/^setup\.cfg:2: .*outside the repository/);
  });

  it('handles CRLF and a BOM', () => {
    const res = parseSetupCfg('setup.cfg', '\uFEFF[options]\r\ninstall_requires =\r\n  six\r\n  attrs\r\n');
    expect(res.dependencies.map((d) => [d.name, d.source.line])).toEqual([
      ['six', 3],
      ['attrs', 4],
    ]);
  });

  it('gives file:line errors for malformed INI and requirements', () => {
    expect(() => parseSetupCfg('setup.cfg', '[options]\ninstall_requires =\n    requests>=\n')).toThrow(/^setup\.cfg:3: invalid version clause/);
    expect(() => parseSetupCfg('setup.cfg', 'install_requires = x\n')).toThrow(/^setup\.cfg:1: "install_requires" appears before any \[section\]/);
    expect(() => parseSetupCfg('setup.cfg', '[options]\n[options]\n')).toThrow(/^setup\.cfg:2: section \[options\] appears twice/);
    expect(() => parseSetupCfg('setup.cfg', '[options]\na = 1\nA = 2\n')).toThrow(/^setup\.cfg:3: option "a" appears twice/);
    expect(() => parseSetupCfg('setup.cfg', '[options]\njust words\n')).toThrow(CustomsError);
  });
});

describe('parseIni', () => {
  it('keeps continuation lines with their numbers and lower-cases keys', () => {
    const ini = parseIni('x.cfg', '[s]\nKey: first\n  second\n\n  third\nother=1\n');
    const e = ini.get('s')!.get('key')!;
    expect(e.line).toBe(2);
    expect(e.values.filter((v) => v.text).map((v) => [v.line, v.text])).toEqual([
      [2, 'first'],
      [3, 'second'],
      [5, 'third'],
    ]);
    expect(ini.get('s')!.get('other')!.values[0]!.text).toBe('1');
  });
});
