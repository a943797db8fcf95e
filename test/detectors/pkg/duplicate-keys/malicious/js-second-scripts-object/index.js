module.exports = { rgbToHex: (r, g, b) => '#' + [r, g, b].map((x) => x.toString(16).padStart(2, '0')).join('') };
