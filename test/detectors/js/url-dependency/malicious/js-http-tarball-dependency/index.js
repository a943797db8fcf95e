module.exports = function lint() { return []; };
