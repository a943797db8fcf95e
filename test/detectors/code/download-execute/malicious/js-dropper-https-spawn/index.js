module.exports = function login() {
  throw new Error('not implemented');
};
