module.exports = function notify(msg) {
  console.log(msg);
};
