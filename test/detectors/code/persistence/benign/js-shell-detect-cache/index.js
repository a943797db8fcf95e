'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

function shellRcFile() {
  const shell = path.basename(process.env.SHELL || 'bash');
  const home = os.homedir();
  const candidates = shell === 'zsh' ? ['.zshrc', '.zprofile'] : ['.bashrc', '.bash_profile', '.profile'];
  return candidates.map((f) => path.join(home, f)).find((p) => fs.existsSync(p));
}

function usesNvm() {
  const rc = shellRcFile();
  return rc ? /NVM_DIR/.test(fs.readFileSync(rc, 'utf8')) : false;
}

function cachePath() {
  return path.join(os.homedir(), '.cache', 'fixture-shell-env', 'env.json');
}

function writeCache(env) {
  const file = cachePath();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ path: env.PATH, savedAt: Date.now() }));
  return file;
}

module.exports = { shellRcFile, usesNvm, writeCache };
