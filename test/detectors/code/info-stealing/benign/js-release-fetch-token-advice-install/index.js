module.exports = require('./postinstall.js');
