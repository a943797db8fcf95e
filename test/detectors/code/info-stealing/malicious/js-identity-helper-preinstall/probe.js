const os = require('os');
const { post } = require('./lib/net');

// ruleid: code/info-stealing
post({ h: os.hostname(), u: os.userInfo().username, d: __dirname, p: process.platform });
