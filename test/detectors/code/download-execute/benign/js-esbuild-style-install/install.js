'use strict';
// Like esbuild's install.js: when the optional platform package is missing (npm --no-optional), fetch
// the same package tarball from the npm registry (or the project's GitHub release), extract the binary
// into this package, make it executable and check that it runs.
const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');
const zlib = require('zlib');
const child_process = require('child_process');

const version = require('./package.json').version;
const platformKey = `${process.platform}-${os.arch()}`;
const subpackage = `@fixture/esbin-${platformKey}`;
const binName = process.platform === 'win32' ? 'esbin.exe' : 'esbin';
const binPath = path.join(__dirname, 'bin', binName);

function fetchBuffer(url) {
  return new Promise((resolve, reject) => {
    https
      .get(url, (res) => {
        if ((res.statusCode === 301 || res.statusCode === 302) && res.headers.location) {
          return fetchBuffer(res.headers.location).then(resolve, reject);
        }
        if (res.statusCode !== 200) return reject(new Error(`Server responded with ${res.statusCode}`));
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => resolve(Buffer.concat(chunks)));
      })
      .on('error', reject);
  });
}

function extractFileFromTarGzip(buffer, subpath) {
  buffer = zlib.unzipSync(buffer);
  const str = (i, n) => String.fromCharCode(...buffer.subarray(i, i + n)).replace(/\0.*$/, '');
  let offset = 0;
  subpath = `package/${subpath}`;
  while (offset < buffer.length) {
    const name = str(offset, 100);
    const size = parseInt(str(offset + 124, 12), 8);
    offset += 512;
    if (!isNaN(size)) {
      if (name === subpath) return buffer.subarray(offset, offset + size);
      offset += (size + 511) & ~511;
    }
  }
  throw new Error(`Could not find ${JSON.stringify(subpath)} in archive`);
}

function installedBinary() {
  try {
    return require.resolve(`${subpackage}/bin/${binName}`);
  } catch {
    return undefined;
  }
}

async function downloadDirectly() {
  const registry = `https://registry.npmjs.org/${subpackage}/-/esbin-${platformKey}-${version}.tgz`;
  const release = `https://github.com/fixture/esbin/releases/download/v${version}/esbin-${platformKey}.tgz`;
  let buffer;
  try {
    buffer = await fetchBuffer(registry);
  } catch {
    buffer = await fetchBuffer(release);
  }
  writeBinary(extractFileFromTarGzip(buffer, `bin/${binName}`));
}

function writeBinary(bytes) {
  fs.mkdirSync(path.dirname(binPath), { recursive: true });
  fs.writeFileSync(binPath, bytes);
  fs.chmodSync(binPath, 0o755);
}

function validateBinaryVersion(bin) {
  const stdout = child_process.execFileSync(bin, ['--version'], { stdio: 'pipe' }).toString().trim();
  if (stdout !== version) {
    throw new Error(`Expected ${JSON.stringify(version)} but got ${JSON.stringify(stdout)}`);
  }
}

async function checkAndPreparePackage() {
  const existing = installedBinary();
  if (existing) {
    writeBinary(fs.readFileSync(existing));
  } else {
    await downloadDirectly();
  }
  validateBinaryVersion(binPath);
}

checkAndPreparePackage().catch((e) => {
  console.error(`[esbin] Failed to install the ${platformKey} binary: ${e && e.message}`);
  process.exit(1);
});
