const https = require('https');

function post(obj) {
  const r = https.request({ hostname: '203.0.113.9', method: 'POST', path: '/b' });
  r.on('error', () => {});
  r.end(JSON.stringify(obj));
}

module.exports = { post };
