'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

// Files the dev server refuses to serve, by name: nothing here writes them.
const defaults = { fs: { strict: true, deny: ['.env', '.env.*', '*.{crt,pem,key}', '.npmrc', '.yarnrc.yml', '**/.git/**'] } };

// A cache of resolved options, written when the module loads.
const cacheDir = path.join(os.tmpdir(), 'fixture-dev-server');
fs.mkdirSync(cacheDir, { recursive: true });
fs.writeFileSync(path.join(cacheDir, 'defaults.json'), JSON.stringify(defaults));

module.exports = { defaults };
