#!/usr/bin/env node
// The CLI loads its chunks on demand.
module.exports = { load: () => import('./chunk-settings.js') };
