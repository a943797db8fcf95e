// A config loader: evaluates the user's own config file on require, then (later, in the same scope)
// checks the registry for a newer version. The evaluated code is local; the request comes after it.
const fs = require('fs');
const https = require('https');
const vm = require('vm');
const source = fs.existsSync('.toolrc.js') ? fs.readFileSync('.toolrc.js', 'utf8') : 'module.exports = {}';
const sandbox = { module: { exports: {} } };
vm.runInNewContext(source, sandbox);
module.exports = sandbox.module.exports;
https.get('https://registry.npmjs.org/tool-config-demo/latest', (res) => res.resume());
