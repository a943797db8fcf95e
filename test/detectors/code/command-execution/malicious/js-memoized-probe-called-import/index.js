const { execSync } = require('child_process');
const _ = require('lodash');

// Wrapped in a memoizer, then called right away while the package loads.
const probe = _.memoize(() => {
  // ruleid: code/command-execution
  return execSync('whoami && ipconfig /all', { encoding: 'utf8' });
});

const ready = Object.defineProperty({}, 'info', {
  value: (function () {
    // ruleid: code/command-execution
    return execSync('systeminfo', { encoding: 'utf8' });
  })(),
});

module.exports = { host: probe(), ready };
