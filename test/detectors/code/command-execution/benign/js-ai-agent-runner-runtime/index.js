// An orchestration library: it starts an agent in a sandboxed work tree when its user asks it to.
const { spawn } = require('child_process');

function runTask(task, cwd) {
  return spawn('claude', ['--dangerously-skip-permissions', '-p', task.prompt], { cwd, stdio: 'inherit' });
}

module.exports = { runTask };
