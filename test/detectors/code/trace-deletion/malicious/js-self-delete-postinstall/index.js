module.exports = function retry(fn) {
  return fn();
};
