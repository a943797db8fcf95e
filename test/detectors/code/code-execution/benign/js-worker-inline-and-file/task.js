'use strict';
const { parentPort, workerData } = require('worker_threads');
parentPort.on('message', (n) => parentPort.postMessage({ id: workerData.id, square: n * n }));
