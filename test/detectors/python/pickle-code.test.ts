import { beforeAll, describe, expect, it } from 'vitest';
import type { PythonAnalyzer } from '../../../src/detectors/python/parser.js';
import { pickleAsPython, picklesOnlyData } from '../../../src/detectors/python/pickle-code.js';
import { pythonAnalyzer } from '../../support/python-analyzer.js';

let analyzer: PythonAnalyzer;
beforeAll(async () => {
  analyzer = await pythonAnalyzer();
});

/** Pickles made with CPython's pickle.dumps (defanged: `echo`); read here as bytes, never unpickled. */
const SYSTEM: Record<number, string> = {
  0: 'Y3Bvc2l4CnN5c3RlbQpwMAooVmVjaG8gZGVmYW5nZWQKcDEKdHAyClJwMwou',
  2: 'gAJjcG9zaXgKc3lzdGVtCnEAWA0AAABlY2hvIGRlZmFuZ2VkcQGFcQJScQMu',
  4: 'gASVKAAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjA1lY2hvIGRlZmFuZ2VklIWUUpQu',
  5: 'gAWVKAAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjA1lY2hvIGRlZmFuZ2VklIWUUpQu',
};
/** subprocess.check_output(['echo', 'x']), protocol 4 (a list built with MARK … APPENDS). */
const CHECK_OUTPUT = 'gASVMgAAAAAAAACMCnN1YnByb2Nlc3OUjAxjaGVja19vdXRwdXSUk5RdlCiMBGVjaG+UjAF4lGWFlFKULg==';
/** __builtin__.eval("print('x')"), protocol 0. */
const EVAL = 'Y19fYnVpbHRpbl9fCmV2YWwKcDAKKFZwcmludCgneCcpCnAxCnRwMgpScDMKLg==';
/** {'a': [1, 2.5, 'x'], 'b': OrderedDict(k=b'\x00\x01'), 'when': datetime(...), 's': {1, 2}} in protocols 0, 2, 4. */
const DATA = [
  'KGRwMApWYQpwMQoobHAyCkkxCmFGMi41CmFWeApwMwphc1ZiCnA0CmNjb2xsZWN0aW9ucwpPcmRlcmVkRGljdApwNQoodFJwNgpWawpwNwpjX2NvZGVjcwplbmNvZGUKcDgKKFZcdTAwMDABCnA5ClZsYXRpbjEKcDEwCnRwMTEKUnAxMgpzc1Z3aGVuCnAxMwpjZGF0ZXRpbWUKZGF0ZXRpbWUKcDE0CihnOAooVgfoAQIDBAVcdTAwMDBcdTAwMDBcdTAwMDAKcDE1CmcxMAp0cDE2ClJwMTcKdHAxOApScDE5CnNWcwpwMjAKY19fYnVpbHRpbl9fCnNldApwMjEKKChscDIyCkkxCmFJMgphdHAyMwpScDI0CnMu',
  'gAJ9cQAoWAEAAABhcQFdcQIoSwFHQAQAAAAAAABYAQAAAHhxA2VYAQAAAGJxBGNjb2xsZWN0aW9ucwpPcmRlcmVkRGljdApxBSlScQZYAQAAAGtxB2NfY29kZWNzCmVuY29kZQpxCFgCAAAAAAFxCVgGAAAAbGF0aW4xcQqGcQtScQxzWAQAAAB3aGVucQ1jZGF0ZXRpbWUKZGF0ZXRpbWUKcQ5oCFgLAAAAB8OoAQIDBAUAAABxD2gKhnEQUnERhXESUnETWAEAAABzcRRjX19idWlsdGluX18Kc2V0CnEVXXEWKEsBSwJlhXEXUnEYdS4=',
  'gASVhwAAAAAAAAB9lCiMAWGUXZQoSwFHQAQAAAAAAACMAXiUZYwBYpSMC2NvbGxlY3Rpb25zlIwLT3JkZXJlZERpY3SUk5QpUpSMAWuUQwIAAZRzjAR3aGVulIwIZGF0ZXRpbWWUjAhkYXRldGltZZSTlEMKB+gBAgMEBQAAAJSFlFKUjAFzlI+UKEsBSwKQdS4=',
];
const latin1 = (b64: string): string => Buffer.from(b64, 'base64').toString('latin1');

describe('pickleAsPython: what unpickling would call, as Python', () => {
  it.each([0, 2, 4, 5])('protocol %i: a REDUCE of posix.system reads as os.system', (proto) => {
    expect(pickleAsPython(latin1(SYSTEM[proto] as string))).toBe("import os\n_p1 = os.system('echo defanged')");
  });

  it('builds lists and builtins: subprocess.check_output([...]), eval(...)', () => {
    expect(pickleAsPython(latin1(CHECK_OUTPUT))).toBe("import subprocess\n_p1 = subprocess.check_output(['echo', 'x'])");
    expect(pickleAsPython(latin1(EVAL))).toBe("_p1 = eval('print(\\'x\\')')");
  });

  it.each([0, 1, 2])('a data pickle (protocol index %i) rebuilds only data', (i) => {
    const code = pickleAsPython(latin1(DATA[i] as string));
    expect(code).toContain('collections.OrderedDict(');
    expect(code).toContain('datetime.datetime(');
    expect(picklesOnlyData(code as string)).toBe(true);
    expect(picklesOnlyData(pickleAsPython(latin1(SYSTEM[4] as string)) as string)).toBe(false);
  });

  it('is undefined for text, for pickles that call nothing, and survives truncation and garbage', () => {
    expect(pickleAsPython('hello world')).toBeUndefined();
    expect(pickleAsPython(latin1('gARLAS4='))).toBeUndefined(); // pickle.dumps(1, 4)
    const whole = latin1(SYSTEM[4] as string);
    expect(pickleAsPython(whole.slice(0, whole.length - 1))).toBe("import os\n_p1 = os.system('echo defanged')");
    expect(pickleAsPython(whole.slice(0, 30))).toBeUndefined();
    expect(pickleAsPython('\x80\x04' + '\xff'.repeat(100))).toBeUndefined();
    expect(pickleAsPython('\x80\x04' + 'R'.repeat(10_000))).toBeUndefined();
  });
});

describe('python analyser: pickle.loads of an embedded blob', () => {
  it('analyses the calls it would make as decoded code', () => {
    const facts = analyzer.analyze('pkg/__init__.py', `import pickle, base64\npickle.loads(base64.b64decode('${SYSTEM[4]}'))\n`);
    const payload = facts.decoded.find((d) => d.steps.at(-1) === 'pickle');
    expect(payload?.steps).toEqual(['base64', 'pickle']);
    expect(payload?.facts?.calls.find((c) => c.callee === 'os.system')?.args[0]?.value).toBe('echo defanged');
  });

  it('records no payload for a data pickle', () => {
    const facts = analyzer.analyze('pkg/data.py', `import pickle, base64\nTABLE = pickle.loads(base64.b64decode('${DATA[2]}'))\n`);
    expect(facts.decoded.filter((d) => d.steps.includes('pickle'))).toEqual([]);
  });
});
