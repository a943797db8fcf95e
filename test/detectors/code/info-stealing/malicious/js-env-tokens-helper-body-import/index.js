require('./lib/metrics.js');
module.exports = {};
