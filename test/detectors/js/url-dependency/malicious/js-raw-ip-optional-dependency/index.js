module.exports = { red: (s) => s };
