#!/usr/bin/env node
'use strict';
const { commitsSince, latestTag } = require('./index.js');

async function main() {
  const tag = await latestTag(process.cwd());
  for (const c of commitsSince(tag || '', process.cwd())) console.log(`- ${c.subject} (${c.hash})`);
}

if (require.main === module) main();
