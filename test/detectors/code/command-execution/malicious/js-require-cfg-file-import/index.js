// Defanged: Node loads a required file with an unknown extension as JavaScript.
require('./lib/locale.cfg');
module.exports = { fmt: (s) => String(s) };
