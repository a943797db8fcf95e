'use strict';
// Like esbuild's install.js: when the optional platform package was not installed, install it with a
// nested `npm install` that inherits the user's environment (proxy, registry and auth settings), and as a
// last resort download the tarball from the npm registry.
const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');
const child_process = require('child_process');

const version = require('./package.json').version;
const pkg = `@fixture/fastbundle-${process.platform}-${os.arch()}`;
const binPath = path.join(__dirname, 'bin', 'fastbundle');

function isYarn() {
  const { npm_config_user_agent } = process.env;
  return npm_config_user_agent ? /\byarn\//.test(npm_config_user_agent) : false;
}

function fetch(url) {
  return new Promise((resolve, reject) => {
    https
      .get(url, (res) => {
        if ((res.statusCode === 301 || res.statusCode === 302) && res.headers.location) return fetch(res.headers.location).then(resolve, reject);
        if (res.statusCode !== 200) return reject(new Error(`Server responded with ${res.statusCode}`));
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => resolve(Buffer.concat(chunks)));
      })
      .on('error', reject);
  });
}

function installUsingNPM() {
  const env = { ...process.env, npm_config_global: undefined };
  const installDir = path.join(__dirname, 'npm-install');
  fs.mkdirSync(installDir, { recursive: true });
  fs.writeFileSync(path.join(installDir, 'package.json'), '{}');
  child_process.execSync(`npm install --loglevel=error --prefer-offline --no-audit --progress=false ${pkg}@${version}`, { cwd: installDir, stdio: 'pipe', env });
  fs.renameSync(path.join(installDir, 'node_modules', pkg, 'bin', 'fastbundle'), binPath);
  fs.rmSync(installDir, { recursive: true, force: true });
}

async function downloadDirectlyFromNPM() {
  const url = `https://registry.npmjs.org/${pkg}/-/fastbundle-${process.platform}-${os.arch()}-${version}.tgz`;
  const tgz = await fetch(url);
  fs.mkdirSync(path.dirname(binPath), { recursive: true });
  fs.writeFileSync(binPath, tgz);
}

async function main() {
  try {
    require.resolve(`${pkg}/bin/fastbundle`);
    return;
  } catch {
    // optional dependency missing
  }
  if (isYarn()) return;
  try {
    installUsingNPM();
  } catch {
    await downloadDirectlyFromNPM();
  }
}

main().catch((e) => {
  console.error(`[fastbundle] install failed: ${e && e.message}`);
  process.exit(1);
});
