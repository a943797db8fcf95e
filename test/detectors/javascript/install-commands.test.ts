import { describe, expect, it } from 'vitest';
import { MODULE_SCOPE } from '../../../src/model/index.js';
import { gypCommands } from '../../../src/detectors/javascript/install-commands.js';
import { modelOf } from '../../support/engine.js';

const GYP = `{
  # comments are allowed: gyp files are Python literals
  'variables': { 'prefix': '<!(node -p "process.env.PREFIX || 0")' },
  "targets": [{
    "target_name": "x",
    "include_dirs": ["<!@(node -p \\"require('node-addon-api').include\\")"],
    "actions": [{
      "action_name": "gen",
      "inputs": [], "outputs": ["gen.h"],
      "action": ["sh", "-c", "python3 tools/gen.py > gen.h"]
    }, {
      "action_name": "tables",
      "inputs": [], "outputs": ["t.h"],
      'action': ['node', 'tools/tables.js', 'out dir']
    }]
  }]
}
`;

describe('binding.gyp commands', () => {
  it('finds expansions and actions, with their lines, in the order of the file', () => {
    expect(gypCommands(GYP).map((g) => [g.line, g.command])).toEqual([
      [3, 'node -p "process.env.PREFIX || 0"'],
      [6, `node -p "require('node-addon-api').include"`],
      [10, 'python3 tools/gen.py > gen.h'],
      [14, 'node tools/tables.js "out dir"'],
    ]);
  });

  it('analyses the inline code and the scripts binding.gyp runs as install-time code', async () => {
    const model = await modelOf(
      {
        'package.json': JSON.stringify({ name: 'addon', version: '1.0.0', main: 'index.js' }),
        'index.js': "module.exports = require('./build/Release/addon.node');\n",
        'binding.gyp': `{ "targets": [{ "target_name": "addon", "include_dirs": ["<!(node -e \\"require('child_process').execSync('id')\\")"],
  "actions": [{ "action_name": "a", "inputs": [], "outputs": ["o"], "action": ["node", "tools/prep.js"] }] }] }\n`,
        'tools/prep.js': "require('child_process').exec('id');\n",
      },
      'npm',
    );
    expect(model.facts.get('binding.gyp#L1')?.calls.map((c) => c.callee)).toContain('child_process.execSync');
    expect(model.execution.vector('binding.gyp#L1', MODULE_SCOPE)).toBe('install');
    expect(model.execution.vector('tools/prep.js', MODULE_SCOPE)).toBe('install');
  });
});
