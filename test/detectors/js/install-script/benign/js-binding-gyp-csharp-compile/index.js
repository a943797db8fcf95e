module.exports = require('./build/Release/bridge.node');
