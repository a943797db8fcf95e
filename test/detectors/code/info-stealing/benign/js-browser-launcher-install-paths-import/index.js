const http = require('http');
const { spawn } = require('child_process');

// Where the browsers' programs are installed under WSL: the launcher starts them, it never reads a profile.
const apps = {
  chrome: ['/mnt/c/Program Files/Google/Chrome/Application/chrome.exe', '/mnt/c/Program Files (x86)/Google/Chrome/Application/chrome.exe'],
  brave: ['/mnt/c/Program Files/BraveSoftware/Brave-Browser/Application/brave.exe'],
  edge: ['/mnt/c/Program Files (x86)/Microsoft/Edge/Application/msedge.exe'],
};

// A local preview server the launcher opens pages from.
const server = http.createServer((req, res) => res.end('ok'));
server.listen(0, '127.0.0.1');

module.exports = function open(url, name = 'chrome') {
  return spawn(apps[name][0], [url], { detached: true, stdio: 'ignore' });
};
