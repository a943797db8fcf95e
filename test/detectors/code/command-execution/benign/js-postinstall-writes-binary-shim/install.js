const fs = require('fs');
const path = require('path');

// Points the CLI shim at the binary of this platform's optional dependency (as esbuild-style packages do).
const pkg = `@fastfmt/${process.platform}-${process.arch}`;
let binary;
try {
  binary = require.resolve(`${pkg}/bin/fastfmt${process.platform === 'win32' ? '.exe' : ''}`);
} catch (e) {
  console.error(`fastfmt: no binary for ${process.platform}-${process.arch}; install ${pkg}`);
  process.exit(0);
}
const shim =
  "#!/usr/bin/env node\nconst { spawnSync } = require('child_process');\nconst result = spawnSync(" +
  JSON.stringify(binary) +
  ", process.argv.slice(2), { stdio: 'inherit' });\nprocess.exit(result.status === null ? 1 : result.status);\n";
fs.writeFileSync(path.join(__dirname, 'bin', 'fastfmt.js'), shim, { mode: 0o755 });
