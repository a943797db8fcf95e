module.exports = function load(text) {
  return JSON.parse(text);
};
