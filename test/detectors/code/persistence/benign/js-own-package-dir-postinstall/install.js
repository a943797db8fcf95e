// Like esbuild's installer: it finds its own folder with require.resolve and writes a small file there.
const fs = require('fs');
const path = require('path');

const libDir = path.dirname(require.resolve('ownbin-demo'));
const stamp = path.join(libDir, 'install-stamp.json');
fs.mkdirSync(path.join(libDir, 'bin'), { recursive: true });
fs.writeFileSync(stamp, JSON.stringify({ at: Date.now() }));
