// A project generator: writes a CI workflow into the folder the user names, when the user runs it.
const fs = require('fs');
const path = require('path');

function addWorkflow(root, nodeVersion) {
  const dir = path.join(root, '.github/workflows');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'ci.yml'), `on: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/setup-node@v4\n        with: { node-version: ${nodeVersion} }\n      - run: npm test\n`);
}

module.exports = { addWorkflow };
