module.exports = { version: '12.0.0' };
