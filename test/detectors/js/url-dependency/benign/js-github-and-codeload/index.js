module.exports = require("sax");
