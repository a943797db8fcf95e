module.exports = require('./build/config.json');
