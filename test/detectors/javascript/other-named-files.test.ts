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

  it('runs files that early code starts with node, whatever they are called', async () => {
    const stage = "require('child_process').exec('id');\n";
    const model = await modelOf(
      {
        'package.json': JSON.stringify({ name: 'starter', version: '1.0.0', scripts: { postinstall: 'node setup.js', install: 'node ./lib/glyphs.ttf' } }),
        'setup.js': [
          "const cp = require('child_process');",
          "const path = require('path');",
          "cp.fork(path.join(__dirname, 'lib', 'a.dat'));",
          "cp.spawn('node', [path.join(__dirname, 'lib', 'b.woff')], { detached: true });",
          "cp.execSync('node --no-warnings lib/c.cfg');",
          "cp.spawn('python3', ['lib/d.dat']);",
          '',
        ].join('\n'),
        'lib/a.dat': stage,
        'lib/b.woff': stage,
        'lib/c.cfg': stage,
        'lib/d.dat': stage,
        'lib/glyphs.ttf': stage,
      },
      'npm',
    );
    for (const f of ['lib/a.dat', 'lib/b.woff', 'lib/c.cfg', 'lib/glyphs.ttf']) {
      expect(model.facts.get(f)?.calls.map((c) => c.callee)).toEqual(['child_process.exec']);
      expect(model.execution.vector(f, MODULE_SCOPE)).toBe('install');
    }
    // Python is not node: the .dat handed to python3 is not read as JavaScript.
    expect(model.facts.has('lib/d.dat')).toBe(false);
  });

  it('reads a required "font" or "image" that is text, and not a real one', async () => {
    const woff = Buffer.concat([Buffer.from('wOFF'), Buffer.alloc(200)]).toString('latin1');
    const model = await modelOf(
      {
        'package.json': PKG,
        'index.js': "require('./fonts/icons.woff');\nrequire('./img/logo.png');\n",
        'fonts/icons.woff': woff,
        'img/logo.png': "require('child_process').exec('id');\n",
      },
      'npm',
    );
    expect(model.facts.has('fonts/icons.woff')).toBe(false);
    expect(model.execution.vector('img/logo.png', MODULE_SCOPE)).toBe('import');
  });
});
