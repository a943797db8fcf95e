import { beforeAll, describe, expect, it } from 'vitest';
import type { FileFacts } from '../../../src/model/index.js';
import type { PythonAnalyzer } from '../../../src/detectors/python/parser.js';
import { pythonAnalyzer } from '../../support/python-analyzer.js';

let analyzer: PythonAnalyzer;
beforeAll(async () => {
  analyzer = await pythonAnalyzer();
});

const analyze = (source: string): FileFacts => analyzer.analyze('setup.py', source);
const scopeOf = (f: FileFacts, callee: string): string[] => f.calls.filter((c) => c.callee === callee).map((c) => c.scope);

describe('python analyser: scopes, functions and classes', () => {
  it('puts module-level code, blocks and class bodies in <module> and the __main__ block in <main>', () => {
    const f = analyze(
      [
        'import os',
        'try:',
        "    os.system('a')",
        'except Exception:',
        '    pass',
        'if os.name == "nt":',
        '    for i in range(2):',
        "        os.system('b')",
        'with open("f") as fh:',
        "    os.system('c')",
        'class Config:',
        "    os.system('d')",
        "    handler = lambda: os.system('e')",
        "    values = [os.system('f') for _ in range(1)]",
        "if __name__ == '__main__':",
        "    os.system('g')",
        'else:',
        "    os.system('h')",
        "if '__main__' == __name__:",
        "    os.system('i')",
      ].join('\n'),
    );
    expect(f.calls.filter((c) => c.callee === 'os.system').map((c) => [c.args[0]?.value, c.scope])).toEqual([
      ['a', '<module>'],
      ['b', '<module>'],
      ['c', '<module>'],
      ['d', '<module>'],
      ['e', '<module>'],
      ['f', '<module>'],
      ['g', '<main>'],
      ['h', '<module>'],
      ['i', '<main>'],
    ]);
  });

  it('qualifies methods and nested functions, and records direct local calls', () => {
    const f = analyze(
      [
        'import os',
        'from setuptools.command.install import install',
        'def helper():',
        "    os.system('x')",
        'def outer():',
        '    def inner():',
        '        helper()',
        '    inner()',
        'class CustomInstall(install):',
        '    def run(self):',
        '        self.payload()',
        '        outer()',
        '        install.run(self)',
        '    def payload(self):',
        '        Thing()',
        'class Thing:',
        '    def __init__(self):',
        "        os.system('y')",
        "if __name__ == '__main__':",
        '    def main():',
        '        helper()',
        '    main()',
      ].join('\n'),
    );
    const fn = (name: string) => f.functions.find((x) => x.name === name);
    expect(f.functions.map((x) => x.name)).toEqual([
      'helper',
      'outer',
      'outer.inner',
      'CustomInstall.run',
      'CustomInstall.payload',
      'Thing.__init__',
      'main',
    ]);
    expect(fn('outer')?.calls).toEqual(['outer.inner']);
    expect(fn('outer.inner')?.calls).toEqual(['helper']);
    expect(fn('CustomInstall.run')?.calls).toEqual(['CustomInstall.payload', 'outer']);
    expect(fn('CustomInstall.payload')?.calls).toEqual(['Thing.__init__']);
    expect(fn('main')?.calls).toEqual(['helper']);
    expect(fn('CustomInstall.run')).toMatchObject({ line: 10, endLine: 13 });
    expect(scopeOf(f, 'os.system')).toEqual(['helper', 'Thing.__init__']);
    expect(scopeOf(f, 'local.main')).toEqual(['<main>']);
    expect(f.classes).toEqual([
      { name: 'CustomInstall', line: 9, bases: ['setuptools.command.install.install'], methods: ['run', 'payload'] },
      { name: 'Thing', line: 16, bases: [], methods: ['__init__'] },
    ]);
  });

  it('resolves class bases through aliases, dotted imports and local classes', () => {
    const f = analyze(
      [
        'from setuptools.command.install import install as _install',
        'import setuptools.command.develop',
        'from distutils.command import build_py',
        'class Base(object): pass',
        'class A(_install): pass',
        'class B(setuptools.command.develop.develop, Base, metaclass=type): pass',
        'class C(build_py.build_py): pass',
        'def factory():',
        '    class Inner(Base):',
        '        def go(self): pass',
        '    return Inner',
      ].join('\n'),
    );
    expect(Object.fromEntries(f.classes.map((c) => [c.name, c.bases]))).toEqual({
      Base: ['builtins.object'],
      A: ['setuptools.command.install.install'],
      B: ['setuptools.command.develop.develop', 'local.Base'],
      C: ['distutils.command.build_py.build_py'],
      'factory.Inner': ['local.Base'],
    });
    expect(f.functions.map((x) => x.name)).toContain('factory.Inner.go');
  });

  it('treats decorators without arguments as calls of the decorator with the function', () => {
    const f = analyze(['import atexit', '@atexit.register', 'def cleanup():', '    pass', '@property', 'def p(self): pass'].join('\n'));
    const reg = f.calls.find((c) => c.callee === 'atexit.register');
    expect(reg).toMatchObject({ line: 2, scope: '<module>' });
    expect(reg?.args[0]?.refs).toEqual(['local.cleanup']);
    expect(f.calls.some((c) => c.callee === 'builtins.property')).toBe(false);
  });
});
