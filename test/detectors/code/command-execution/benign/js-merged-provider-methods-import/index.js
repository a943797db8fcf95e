'use strict';
const { spawn } = require('child_process');
const base = require('./base');

// Kills a browser the test run started: Windows asks WMIC for its process id. Only when a run stops it.
function runWMIC(args) {
  return new Promise((resolve) => {
    const wmic = spawn('wmic.exe', args, { detached: true });
    let out = '';
    wmic.stdout.on('data', (d) => (out += d));
    wmic.on('exit', () => resolve(out));
  });
}

exports.default = Object.assign(Object.assign({}, base), {
  async closeBrowser(browserId) {
    const out = await runWMIC(['process', 'where', `commandline like '%${browserId}%'`, 'get', 'processid']);
    return out.trim();
  },
});
module.exports = exports.default;
