module.exports = { run: () => 0 };
