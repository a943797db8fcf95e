module.exports = require('./fabricator');
