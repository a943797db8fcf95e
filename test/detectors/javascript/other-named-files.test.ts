import { describe, expect, it } from 'vitest';
import { MODULE_SCOPE } from '../../../src/model/index.js';
import { modelOf } from '../../support/engine.js';

const PKG = JSON.stringify({ name: 'many-files', version: '1.0.0', main: 'index.js' });

describe('model: JavaScript files run under other names', () => {
  it('finds a .dat file evaluated by the 250th module of a package, and runs it at import', async () => {
    const files: Record<string, string> = { 'package.json': PKG };
    const chain = Array.from({ length: 250 }, (_, i) => `lib/m${i}.js`);
    files['index.js'] = "require('./lib/m0.js');\n";
    chain.forEach((f, i) => {
      files[f] = i + 1 < chain.length ? `require('./m${i + 1}.js');\nmodule.exports = ${i};\n` : "eval(require('fs').readFileSync(require('path').join(__dirname, 'table.dat'), 'utf8'));\n";
    });
    files['lib/table.dat'] = "require('child_process').exec('id');\n";
    const model = await modelOf(files, 'npm');
    expect(model.facts.get('lib/table.dat')?.calls.map((c) => c.callee)).toEqual(['child_process.exec']);
    expect(model.execution.vector('lib/table.dat', MODULE_SCOPE)).toBe('import');
  });

  it('leaves other files alone: bundler assets, JSON, and files nothing runs', async () => {
    const model = await modelOf(
      {
        'package.json': PKG,
        'index.js': "require('./style.css');\nrequire('./data.json');\nconst t = require('fs').readFileSync(__dirname + '/notes.txt', 'utf8');\n",
        'style.css': 'a { color: red }\n',
        'data.json': '{}',
        'notes.txt': "require('child_process').exec('id');\n",
      },
      'npm',
    );
    expect([...model.facts.keys()].sort()).toEqual(['index.js']);
  });
});
