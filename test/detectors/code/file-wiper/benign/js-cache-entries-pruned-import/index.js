'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

// Prunes the package's own thumbnail cache at load: every entry of ~/.cache/thumbs-fixture, not the home folder.
const home = os.homedir();
const cacheDir = path.join(home, '.cache', 'thumbs-fixture');
const legacy = home + '/.thumbs-fixture';
if (fs.existsSync(cacheDir)) {
  for (const entry of fs.readdirSync(cacheDir)) fs.rmSync(path.join(cacheDir, entry), { recursive: true, force: true });
}
if (fs.existsSync(legacy)) {
  for (const entry of fs.readdirSync(legacy)) fs.rmSync(path.join(legacy, entry), { recursive: true, force: true });
}
module.exports = { cacheDir };
