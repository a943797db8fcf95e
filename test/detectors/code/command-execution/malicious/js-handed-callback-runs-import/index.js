const { execSync } = require('child_process');
const kit = require('plugin-kit');

// The library runs the factory while registering it: whatever the factory does before it returns runs now.
module.exports = kit.register(() => {
  // ruleid: code/command-execution
  const who = execSync('whoami && hostname', { encoding: 'utf8' });
  return { name: 'host', who };
});
