'use strict';
const path = require('path');
const { Worker } = require('worker_threads');

// A pool's workers run a file of the package; a tiny inline worker is a constant the package wrote itself.
const ECHO = "const { parentPort } = require('worker_threads'); parentPort.on('message', (m) => parentPort.postMessage(m));";

function start(size) {
  const workers = [];
  for (let i = 0; i < size; i++) workers.push(new Worker(path.join(__dirname, 'task.js'), { workerData: { id: i } }));
  workers.push(new Worker(ECHO, { eval: true }));
  return workers;
}

module.exports = { start };
