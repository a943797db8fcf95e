'use strict';
const path = require('path');
const { execFileSync } = require('child_process');

const binPath = path.join(__dirname, '..', 'bin', process.platform === 'win32' ? 'esbin.exe' : 'esbin');

function build(options) {
  const args = [options.entry, '--bundle', `--outfile=${options.outfile}`];
  if (options.minify) args.push('--minify');
  return execFileSync(binPath, args, { stdio: 'inherit' });
}

module.exports = { build, binPath };
