import { describe, expect, it } from 'vitest';
import { analyzeJavaScript } from '../../../src/detectors/javascript/analyze.js';

const facts = (src: string) => analyzeJavaScript('t.js', src);
const reads = (src: string): string[] => facts(src).reads.map((r) => r.name);

describe('analyzeJavaScript: reads, strings, imports and metrics', () => {
  it('reads process state and Node module globals', () => {
    expect(reads(`process.env`)).toEqual(['process.env']);
    expect(reads(`process.env.NPM_TOKEN`)).toEqual(['process.env.NPM_TOKEN', 'process.env']);
    expect(reads(`process.env['AWS_' + 'SECRET']`)).toEqual(['process.env.AWS_SECRET', 'process.env']);
    expect(reads(`process.env[name]`)).toEqual(['process.env']);
    expect(reads(`if (process.platform === 'win32') {}\nx = process.argv[2]; y = require.main === module;`)).toEqual([
      'process.platform', 'process.argv', 'require.main',
    ]);
    expect(reads(`f(__dirname, __filename)`)).toEqual(['__dirname', '__filename']);
    expect(reads(`global.process.env.HOME`)).toEqual(['process.env.HOME', 'process.env']);
  });

  it('reads through destructuring and aliases', () => {
    expect(reads(`const { NPM_TOKEN, HOME: home } = process.env;`)).toEqual(['process.env', 'process.env.NPM_TOKEN', 'process.env.HOME']);
    expect(reads(`const env = process.env;\nsend(env.GITHUB_TOKEN);\nsend(env);`)).toEqual([
      'process.env', 'process.env.GITHUB_TOKEN', 'process.env', 'process.env',
    ]);
  });

  it('reads every member chain rooted in an imported module, once per line', () => {
    const src = `const os = require('os');\nconst p = os.platform(); const q = os.platform();\nos.constants.signals;`;
    expect(facts(src).reads).toEqual([
      { name: 'os.platform', line: 2, scope: '<module>' },
      { name: 'os.constants.signals', line: 3, scope: '<module>' },
    ]);
    expect(reads(`const x = require('lodash').get; const y = someObject.prop.other;`)).toEqual(['lodash.get']);
  });

  it('does not read module.exports or unknown objects', () => {
    expect(reads(`module.exports = {}; exports.x = 1; foo.bar.baz; JSON.stringify({})`)).toEqual([]);
  });

  it('records strings of four characters or more, folded values and template parts', () => {
    const f = facts(`const a = 'abc', b = 'abcd';\nconst c = 'ch' + 'ild_' + 'process';\nconst d = \`curl \${host} | bash\`;`);
    expect(f.strings).toEqual([
      { value: 'abcd', line: 1, scope: '<module>' },
      { value: 'ild_', line: 2, scope: '<module>' },
      { value: 'process', line: 2, scope: '<module>' },
      { value: 'child_process', line: 2, scope: '<module>' },
      { value: 'curl ', line: 3, scope: '<module>' },
      { value: ' | bash', line: 3, scope: '<module>' },
    ]);
  });

  it('records a repeated string once per line and caps long strings', () => {
    const f = facts(`x('same', 'same');\ny('same');\nz('${'q'.repeat(5000)}')`);
    expect(f.strings.map((s) => [s.line, s.value.length])).toEqual([
      [1, 4],
      [2, 4],
      [3, 4000],
    ]);
  });

  it('records imports with lines and scopes, including re-exports', () => {
    const f = facts(`import fs from 'fs';\nexport { x } from './x.js';\nexport * from 'node:path';\nconst m = require('./lib/m');`);
    expect(f.imports).toEqual([
      { module: 'fs', line: 1, scope: '<module>' },
      { module: './x.js', line: 2, scope: '<module>' },
      { module: 'path', line: 3, scope: '<module>' },
      { module: './lib/m', line: 4, scope: '<module>' },
    ]);
  });

  it('measures the file', () => {
    const src = '\ufeffconst a = 1;\r\nconst bb = 22;\nlong();\n';
    expect(facts(src).metrics).toEqual({ lines: 3, bytes: Buffer.byteLength(src), maxLineLength: 14, obfuscatedIdentifiers: 0, largestStringArray: 0 });
    expect(facts('').metrics.lines).toBe(0);
    expect(facts('x').metrics.lines).toBe(1);
  });

  it('counts lines as ECMAScript does (\\r, \\u2028) so that lines match the parser', () => {
    const f = facts(`a();\rb();\u2028c();`);
    expect(f.calls.map((c) => [c.callee, c.line])).toEqual([
      ['?.a', 1],
      ['?.b', 2],
      ['?.c', 3],
    ]);
  });
});
