// Built for bundlers: webpack's asset loader turns this require into the font's URL.
const font = require('./fonts/icons.woff');

module.exports = { font, className: 'fixture-icon' };
