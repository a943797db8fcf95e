module.exports = function Cookies(req, res) {
  return { get: (name) => req.headers.cookie && name };
};
