'use strict';
// A build dashboard client: the server's events carry build status that is rendered, and the user's own
// configured commands run on request from the local CLI, never with anything the server sent.
const { io } = require('socket.io-client');
const { execFile } = require('child_process');

function connect(url, onStatus) {
  const socket = io(url, { reconnection: true });
  socket.on('status', (msg) => onStatus({ build: String(msg.build), state: msg.state === 'ok' ? 'ok' : 'failed' }));
  socket.on('disconnect', () => onStatus({ build: '', state: 'offline' }));
  return socket;
}

function runLocal(config, cb) {
  execFile(config.command, config.args || [], { cwd: config.cwd }, cb);
}

module.exports = { connect, runLocal };
