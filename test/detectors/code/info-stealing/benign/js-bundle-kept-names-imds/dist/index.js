"use strict";
var __defProp = Object.defineProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: true });
const http = require("http");

// esbuild's keep-names helper: each function is named and stored, not run where it stands.
var resolveImdsEndpoint, imdsRequest, getInstanceRegion;
resolveImdsEndpoint = __name(() => {
  if (process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE === "IPv6") {
    return { hostname: "fd00:ec2::254" };
  }
  return { hostname: "169.254.169.254" };
}, "resolveImdsEndpoint");
imdsRequest = __name((options) => new Promise((resolve, reject) => {
  const req = http.request({ hostname: options.hostname, path: options.path, method: "GET", timeout: 1000 }, (res) => {
    let body = "";
    res.on("data", (c) => (body += c));
    res.on("end", () => resolve(body));
  });
  req.on("error", reject);
  req.end();
}), "imdsRequest");
getInstanceRegion = __name(async () => {
  const endpoint = resolveImdsEndpoint();
  return (await imdsRequest({ ...endpoint, path: "/latest/meta-data/placement/region" })).trim();
}, "getInstanceRegion");

module.exports = { getInstanceRegion };
