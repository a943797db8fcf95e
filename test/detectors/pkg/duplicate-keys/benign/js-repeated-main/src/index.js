exports.inflateSync = function inflateSync(buf) { return buf; };
