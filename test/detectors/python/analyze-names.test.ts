import { beforeAll, describe, expect, it } from 'vitest';
import type { FileFacts } from '../../../src/model/index.js';
import type { PythonAnalyzer } from '../../../src/detectors/python/parser.js';
import { pythonAnalyzer } from '../../support/python-analyzer.js';

let analyzer: PythonAnalyzer;
beforeAll(async () => {
  analyzer = await pythonAnalyzer();
});

const analyze = (source: string): FileFacts => analyzer.analyze('setup.py', source);
const callees = (f: FileFacts): string[] => f.calls.map((c) => c.callee);
const callAt = (f: FileFacts, line: number, callee: string) => f.calls.find((c) => c.line === line && c.callee === callee);

describe('python analyser: names through imports and aliases', () => {
  it('resolves a conditional expression to the name both branches give, or to its one named branch', () => {
    const f = analyze(
      [
        'import os, gzip',
        "b = globals()['__builtins__']",
        "e = b['ev' + 'al'] if isinstance(b, dict) else getattr(b, 'ev' + 'al')",
        "e('1')",
        "run = os.system if os.name == 'posix' else os.system",
        "run('id')",
        "opener = gzip.open if True else open",
        "opener('x')",
        "f = make() if True else os.popen",
        "f('y')",
      ].join('\n'),
    );
    expect(callees(f).filter((c) => c !== 'make').slice(-4)).toEqual(['builtins.eval', 'os.system', 'opener', 'os.popen']);
  });

  it('takes a namespace and its __dict__ as one name, and resolves `or` and sys.modules.get like a conditional', () => {
    const f = analyze(
      [
        'import sys',
        "b = __builtins__ if isinstance(__builtins__, dict) else __builtins__.__dict__",
        "b['ex' + 'ec']('1')",
        "o = sys.modules.get('os') or __import__('os')",
        "o.popen('id')",
        "p = sys.modules.get('subprocess') or __import__('os')",
        "p.run('x')",
      ].join('\n'),
    );
    const named = callees(f).filter((c) => !/^(builtins\.(isinstance|__import__)|sys\.modules\.get)$/.test(c));
    // Two different modules are no single name: the last call stays unresolved.
    expect(named).toEqual(['builtins.exec', 'os.popen', '?.run']);
  });

  it('resolves module aliases, from-imports and dotted imports', () => {
    const f = analyze(
      [
        'import os as o',
        'from subprocess import Popen as P',
        'import urllib.request',
        'from setuptools import setup',
        'from distutils.core import setup as dsetup',
        "o.system('echo hi')",
        "P(['ls'])",
        "urllib.request.urlopen('https://example.invalid/x')",
        "setup(name='demo')",
        "dsetup(name='demo')",
      ].join('\n'),
    );
    expect(callees(f)).toEqual([
      'os.system',
      'subprocess.Popen',
      'urllib.request.urlopen',
      'setuptools.setup',
      'distutils.core.setup',
    ]);
    expect(f.imports.map((i) => i.module)).toEqual(['os', 'subprocess', 'urllib.request', 'setuptools', 'distutils.core']);
    expect(callAt(f, 6, 'os.system')?.args[0]?.value).toBe('echo hi');
  });

  it('resolves __import__ and importlib.import_module, recording dynamic imports', () => {
    const f = analyze(
      [
        'import importlib',
        "__import__('os').system('id')",
        "importlib.import_module('subprocess').run(['id'])",
        "x = __import__('o' + 's')",
        "x.popen('whoami')",
        "m = importlib.import_module('socket')",
        "m.create_connection(('example.invalid', 80))",
      ].join('\n'),
    );
    expect(callees(f)).toContain('os.system');
    expect(callees(f)).toContain('subprocess.run');
    expect(callAt(f, 5, 'os.popen')?.args[0]?.value).toBe('whoami');
    expect(callAt(f, 7, 'socket.create_connection')).toBeDefined();
    const dynamic = f.imports.filter((i) => i.dynamic).map((i) => [i.line, i.module]);
    expect(dynamic).toEqual([
      [2, 'os'],
      [3, 'subprocess'],
      [4, 'os'],
      [6, 'socket'],
    ]);
    expect(f.reads.some((r) => r.line === 2 && r.name === 'builtins.__import__')).toBe(true);
  });

  it('resolves builtins reached through __builtins__, getattr, globals() and the builtins module', () => {
    const f = analyze(
      [
        'import builtins, os',
        "getattr(__builtins__, 'ex' + 'ec')('print(1)')",
        "__builtins__.eval('1 + 1')",
        "__builtins__.__dict__['exec']('print(2)')",
        "builtins.exec('print(3)')",
        "globals()['__builtins__'].compile('x = 1', '<s>', 'exec')",
        "getattr(os, 'sys' + 'tem')('id')",
        "vars(builtins)['eval']('3')",
        "e = getattr(builtins, 'exec')",
        "e('print(4)')",
        "open('/etc/hostname').read()",
      ].join('\n'),
    );
    expect(callAt(f, 2, 'builtins.exec')?.args[0]?.value).toBe('print(1)');
    expect(callAt(f, 3, 'builtins.eval')).toBeDefined();
    expect(callAt(f, 4, 'builtins.exec')).toBeDefined();
    expect(callAt(f, 5, 'builtins.exec')).toBeDefined();
    expect(callAt(f, 6, 'builtins.compile')).toBeDefined();
    expect(callAt(f, 7, 'os.system')?.args[0]?.value).toBe('id');
    expect(callAt(f, 8, 'builtins.eval')).toBeDefined();
    expect(callAt(f, 10, 'builtins.exec')?.args[0]?.value).toBe('print(4)');
    expect(callAt(f, 11, 'builtins.open')).toBeDefined();
    expect(callAt(f, 11, 'builtins.open.read')).toBeDefined();
  });

  it('keeps useful names for methods of returned and assigned objects', () => {
    const f = analyze(
      [
        'import requests, socket, subprocess',
        "requests.Session().post('https://example.invalid', data='x')",
        "socket.socket().connect(('example.invalid', 4444))",
        's = socket.socket(socket.AF_INET, socket.SOCK_STREAM)',
        "s.connect(('example.invalid', 4444))",
        "with subprocess.Popen(['ls']) as p:",
        '    p.communicate()',
        'unknown_thing.send(b"x")',
        'sub = subprocess',
        "sub.call(['id'])",
      ].join('\n'),
    );
    expect(callAt(f, 2, 'requests.Session.post')).toBeDefined();
    expect(callAt(f, 3, 'socket.socket.connect')).toBeDefined();
    expect(callAt(f, 5, 'socket.socket.connect')?.args[0]?.items?.map((i) => i.value)).toEqual(['example.invalid', undefined]);
    expect(callAt(f, 7, 'subprocess.Popen.communicate')).toBeDefined();
    expect(callAt(f, 8, '?.send')).toBeDefined();
    expect(callAt(f, 10, 'subprocess.call')).toBeDefined();
  });

  it('names local functions, methods through self and classes, and inherited methods', () => {
    const f = analyze(
      [
        'from setuptools.command.install import install as _install',
        'def helper():',
        '    pass',
        'class Base:',
        '    def shared(self):',
        '        pass',
        'class CustomInstall(_install, Base):',
        '    def run(self):',
        '        self.steal()',
        '        self.shared()',
        '        self.do_egg_install()',
        '        super().run()',
        '        _install.run(self)',
        '        helper()',
        '    def steal(self):',
        '        pass',
        'CustomInstall().run()',
      ].join('\n'),
    );
    expect(callAt(f, 9, 'local.CustomInstall.steal')).toBeDefined();
    expect(callAt(f, 10, 'local.Base.shared')).toBeDefined();
    expect(callAt(f, 11, 'setuptools.command.install.install.do_egg_install')).toBeDefined();
    expect(callAt(f, 12, 'setuptools.command.install.install.run')).toBeDefined();
    expect(callAt(f, 13, 'setuptools.command.install.install.run')).toBeDefined();
    expect(callAt(f, 14, 'local.helper')).toBeDefined();
    expect(callAt(f, 17, 'local.CustomInstall.run')).toBeDefined();
  });

  it('resolves names imported below their use in flattened control flow', () => {
    const f = analyze(
      [
        'state = 1',
        'while state:',
        '    if state == 2:',
        "        os.system('id')",
        '        state = 0',
        '    elif state == 1:',
        '        import os',
        '        state = 2',
      ].join('\n'),
    );
    expect(callAt(f, 4, 'os.system')).toBeDefined();
  });

  it('lets parameters hide module names and star imports name free functions', () => {
    const f = analyze(['import os', 'from tkinter import *', 'def f(os):', "    os.system('x')", "Button(text='ok')"].join('\n'));
    expect(callAt(f, 4, '?.system')).toBeDefined();
    expect(callAt(f, 5, 'tkinter.Button')).toBeDefined();
  });
});
