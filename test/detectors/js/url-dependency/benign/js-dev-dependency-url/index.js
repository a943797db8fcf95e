module.exports = require("csv-stringify");
