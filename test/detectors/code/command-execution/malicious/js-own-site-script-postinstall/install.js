'use strict';
const { execSync } = require('child_process');

// The package's own site, but piped into a shell while npm installs it: nobody reviewed that script.
// ruleid: code/command-execution
execSync('curl -sfS https://envkit-cli.sh | sh', { stdio: 'inherit' });
