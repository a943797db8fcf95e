// A dev server that rebuilds on request: started only when the user calls serve(), and the command it runs
// is the project's configured build command, not anything a request carries.
const http = require('http');
const { exec } = require('child_process');

function serve(config) {
  const server = http.createServer((req, res) => {
    exec(config.buildCommand, (err, out) => res.end(out));
  });
  server.listen(config.port || 8080);
  return server;
}

module.exports = { serve };
