'use strict';
// Removes intermediate build output and the downloaded prebuild archive once the addon is in place.
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const paths = {
  build: path.join(root, 'build', 'Release', 'obj.target'),
  archive: path.join(root, 'prebuilds', 'tmp-download.tar.gz'),
};

if (require.main === module) {
  fs.rmSync(paths.build, { recursive: true, force: true });
  if (fs.existsSync(paths.archive)) fs.unlinkSync(paths.archive);
}

module.exports = { paths };
