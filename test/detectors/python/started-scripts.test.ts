import { describe, expect, it } from 'vitest';
import type { CallFact, ValueFact } from '../../../src/model/index.js';
import { execedFile } from '../../../src/detectors/python/exec-files.js';

const v = (text: string, value?: string, items?: ValueFact[]): ValueFact => ({ text, refs: [], ...(value !== undefined ? { value } : {}), ...(items ? { items } : {}) });
const call = (callee: string, args: ValueFact[]): CallFact => ({ callee, args, kwargs: {}, line: 1, column: 0, scope: '<module>', text: `${callee}(${args.map((a) => a.text).join(', ')})` });
const files = new Set(['pkg/assets/job.dat', 'pip', 'python_libs.zip', 'spec/api.yaml']);
const has = (p: string): boolean => files.has(p);

describe('python: files a command starts the interpreter on', () => {
  it('takes the first argument after the interpreter that is not an option', () => {
    const list = v("[sys.executable, '-u', 'pkg/assets/job.dat', 'spec/api.yaml']", undefined, [v('sys.executable'), v("'-u'", '-u'), v("'pkg/assets/job.dat'", 'pkg/assets/job.dat'), v("'spec/api.yaml'", 'spec/api.yaml')]);
    expect(execedFile(call('subprocess.Popen', [list]), 'setup.py', has)).toBe('pkg/assets/job.dat');
    expect(execedFile(call('os.system', [v('cmd', '/usr/bin/python3.11 -B pkg/assets/job.dat &')]), 'setup.py', has)).toBe('pkg/assets/job.dat');
  });

  it('finds none for -m and -c, for programs that only mention python, and for other programs', () => {
    expect(execedFile(call('os.system', [v("'python3 -m pip install x'", 'python3 -m pip install x')]), 'setup.py', has)).toBeUndefined();
    expect(execedFile(call('os.system', [v("'unzip python_libs.zip'", 'unzip python_libs.zip')]), 'setup.py', has)).toBeUndefined();
    expect(execedFile(call('subprocess.run', [v("['cat', 'pkg/assets/job.dat']", undefined, [v("'cat'", 'cat'), v("'pkg/assets/job.dat'", 'pkg/assets/job.dat')])]), 'setup.py', has)).toBeUndefined();
  });
});
