module.exports = function createApplication() {
  return { listen() {} };
};
