module.exports = { version: '131.0.1' };
