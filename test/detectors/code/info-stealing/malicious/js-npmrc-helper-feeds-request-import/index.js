require('./lib/telemetry.js');
module.exports = { load: () => ({}) };
