module.exports = { dark: {}, light: {} };
