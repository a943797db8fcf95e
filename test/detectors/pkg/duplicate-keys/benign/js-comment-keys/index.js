module.exports = { init() {} };
