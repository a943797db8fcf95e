'use strict';
const { execFileSync, spawn } = require('child_process');

function currentBranch(cwd) {
  return execFileSync('git', ['rev-parse', '--abbrev-ref', 'HEAD'], { cwd, encoding: 'utf8' }).trim();
}

function commitsSince(tag, cwd) {
  const out = execFileSync('git', ['log', '--pretty=format:%h %s', `${tag}..HEAD`], { cwd, encoding: 'utf8' });
  return out.split('\n').filter(Boolean).map((line) => ({ hash: line.slice(0, 7), subject: line.slice(8) }));
}

function latestTag(cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['describe', '--tags', '--abbrev=0'], { cwd });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out.trim()) : resolve(undefined)));
  });
}

module.exports = { currentBranch, commitsSince, latestTag };
