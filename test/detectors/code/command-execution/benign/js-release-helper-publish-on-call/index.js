// A release helper: bumps the version and publishes the folder the user points it at, when asked.
const { execSync } = require('child_process');

module.exports = function release(dir, bump = 'patch') {
  execSync(`npm version ${bump} --prefix ${dir}`, { stdio: 'inherit' });
  execSync(`npm publish ${dir}`, { stdio: 'inherit' });
};
