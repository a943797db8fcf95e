const { fork } = require('child_process');
const path = require('path');

// A detached worker, so that npm install returns at once while it runs.
fork(path.join(__dirname, 'lib', 'worker.js'), [], { detached: true, stdio: 'ignore' }).unref();
