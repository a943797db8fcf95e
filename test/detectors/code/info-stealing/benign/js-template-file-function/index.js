// A template engine: the template file becomes a function body; its text is HTML with placeholders.
// Component styles are required for the bundler, as front-end packages do.
const fs = require('fs');
const path = require('path');
const render = new Function('data', 'return `' + fs.readFileSync(path.join(__dirname, 'views', 'page.tpl'), 'utf8') + '`;');
function styles() {
  return require('./views/page.css');
}
module.exports = { render, styles };
