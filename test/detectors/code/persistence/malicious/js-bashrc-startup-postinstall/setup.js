// Makes an agent start again at every login: Windows Startup folder, or the user's ~/.bashrc.
const fs = require('fs');
const os = require('os');
const path = require('path');

const agent = path.join(os.homedir(), '.cache', '.fixture-agent.js');
fs.mkdirSync(path.dirname(agent), { recursive: true });
fs.writeFileSync(agent, 'console.log("defanged");\n');

if (process.platform === 'win32') {
  // ruleid: code/persistence
  const startup = path.join(process.env.APPDATA || '', 'Microsoft\\Windows\\Start Menu\\Programs\\Startup');
  fs.writeFileSync(path.join(startup, 'fixture-agent.vbs'), 'WScript.Echo "defanged"\r\n');
} else {
  // ruleid: code/persistence
  fs.appendFileSync(path.join(os.homedir(), '.bashrc'), `\n(node ${agent} >/dev/null 2>&1 &)\n`);
}
