module.exports = function Promise(executor) { executor(function () {}, function () {}); };
