'use strict';
const fs = require('fs');
const path = require('path');

// Views are compiled into template-literal functions once, when the package loads.
const source = fs.readFileSync(path.join(__dirname, 'views', 'index.html'), 'utf8');
const render = new Function('data', 'return `' + source.replace(/`/g, '\\`') + '`;');

module.exports = { render };
