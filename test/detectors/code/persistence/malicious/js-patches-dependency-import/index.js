// Defanged model of a local-patching attack: requiring the package rewrites a wallet library's file.
const fs = require('fs');
const target = require.resolve('ethers/lib/wallet.js');
// ruleid: code/persistence
fs.writeFileSync(target, fs.readFileSync(target, 'utf8').replace('signTransaction(', 'signTransaction(globalThis.__hook(this),'));

module.exports = {};
