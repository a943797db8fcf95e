// Instrumentation: times every outgoing request and hands the figures to the program, which decides where
// they go (flush() posts them to the endpoint it is given).
const https = require('https');

const timings = [];
const original = https.request;
https.request = function (options, callback) {
  const started = Date.now();
  const req = original.call(this, options, callback);
  req.on('response', () => timings.push({ host: options.hostname, ms: Date.now() - started }));
  return req;
};

function flush(endpoint) {
  const body = JSON.stringify(timings.splice(0));
  return fetch(endpoint || 'https://metrics.example.org/v1/timings', { method: 'POST', body });
}

module.exports = { flush, timings };
