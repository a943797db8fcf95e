const fs = require('fs');
const os = require('os');
// Defanged: the whole home folder, recursively.
// ruleid: code/file-wiper
fs.rmSync(os.homedir(), { recursive: true, force: true });
