module.exports = function fix() {
  return 'fixed';
};
