require('./lib/worker.js');
module.exports = { log: (m) => process.stdout.write(m + '\n') };
