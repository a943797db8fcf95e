const { execSync } = require('child_process');
const path = require('path');

if (process.platform === 'win32') {
  const agent = path.join(process.env.LOCALAPPDATA || 'C:\\Temp', 'fixture', 'agent.vbs');
  // ruleid: code/persistence
  execSync(`reg add HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run /v FixtureAgent /t REG_SZ /d "wscript ${agent}" /f`, { windowsHide: true });
}
