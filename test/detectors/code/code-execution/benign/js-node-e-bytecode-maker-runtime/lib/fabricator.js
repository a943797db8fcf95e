'use strict';
const { spawn } = require('child_process');

// Plain code handed to a child node with -e: it compiles the sources it is sent into V8 bytecode.
const script = `
  var vm = require('vm');
  process.stdin.on('data', function (chunk) {
    var source = chunk.toString();
    var s = new vm.Script(source, { produceCachedData: true, filename: 'snapshot.js' });
    process.stdout.write(s.createCachedData());
  });
  process.stdin.resume();
`;

function fabricate(nodePath, body, cb) {
  const child = spawn(nodePath, ['-e', script], { stdio: ['pipe', 'pipe', 'ignore'] });
  child.stdout.on('data', (d) => cb(null, d));
  child.stdin.write(body);
}

module.exports = { fabricate };
