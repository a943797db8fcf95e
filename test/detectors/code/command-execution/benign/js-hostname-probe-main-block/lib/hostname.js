'use strict';
const os = require('os');
const { spawnSync } = require('child_process');

// Called by the agent once it is started; the block at the end lets a developer try it by hand.
function detectHostname() {
  if (os.platform() === 'win32') {
    const out = spawnSync('powershell.exe', ['-NoProfile', '-ExecutionPolicy', 'Bypass', '-Command', '[System.Net.Dns]::GetHostEntry($env:computerName).HostName'], { encoding: 'utf8', timeout: 2000 });
    if (!out.error) return out.stdout.trim();
  }
  return os.hostname();
}

module.exports = { detectHostname };

if (require.main === module) {
  console.log(detectHostname());
}
