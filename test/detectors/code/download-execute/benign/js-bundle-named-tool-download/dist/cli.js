"use strict";
var __defProp = Object.defineProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: true });
const fs = require("fs");
const path = require("path");
const childProcess = require("child_process");

// Downloads the tunnel tool into the user's cache when the user runs `tunnel`; nothing runs on require.
async function installTunnelTool(cacheDir) {
  const response = await fetch("https://downloads.example.org/tunnel/2026.1.0/tunnel-linux-amd64.tgz");
  const tarPath = path.join(cacheDir, "tunnel.tgz");
  fs.writeFileSync(tarPath, Buffer.from(await response.arrayBuffer()));
  childProcess.execFileSync("tar", ["-xzf", tarPath, "-C", cacheDir], { stdio: "ignore" });
  childProcess.execFileSync(path.join(cacheDir, "tunnel"), ["--version"]);
}
__name(installTunnelTool, "installTunnelTool");

module.exports = { installTunnelTool };
