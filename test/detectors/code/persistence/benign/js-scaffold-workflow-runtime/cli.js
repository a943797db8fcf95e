#!/usr/bin/env node
require('./index.js').addWorkflow(process.argv[2] || '.', 20);
