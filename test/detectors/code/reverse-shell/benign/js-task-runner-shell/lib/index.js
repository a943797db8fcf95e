'use strict';
const net = require('net');
const path = require('path');
const os = require('os');
const { spawn } = require('child_process');

function runTask(command, cwd) {
  const isWindows = process.platform === 'win32';
  const shell = isWindows ? 'cmd.exe' : '/bin/sh';
  const args = isWindows ? ['/d', '/s', '/c', command] : ['-c', command];
  return new Promise((resolve) => {
    const child = spawn(shell, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code, output }));
  });
}

function notifyDaemon(event) {
  const socketPath = process.platform === 'win32' ? '\\\\.\\pipe\\fixture-task-runner' : path.join(os.tmpdir(), 'fixture-task-runner.sock');
  return new Promise((resolve) => {
    const client = net.connect(socketPath, () => {
      client.end(JSON.stringify(event) + '\n');
      resolve(true);
    });
    client.on('error', () => resolve(false));
  });
}

async function run(command, cwd) {
  const result = await runTask(command, cwd || process.cwd());
  await notifyDaemon({ command, code: result.code });
  return result;
}

module.exports = { run, runTask, notifyDaemon };
