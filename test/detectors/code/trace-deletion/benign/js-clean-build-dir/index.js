module.exports = require('./scripts/clean.js').paths;
