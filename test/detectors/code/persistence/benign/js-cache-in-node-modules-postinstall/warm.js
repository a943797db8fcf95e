// Warms a cache in the conventional tool-cache folder, node_modules/.cache (not another package).
const fs = require('fs');
const path = require('path');

const dir = path.join(process.cwd(), 'node_modules', '.cache', 'cache-demo');
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, 'index.json'), JSON.stringify({ warmed: Date.now() }));
