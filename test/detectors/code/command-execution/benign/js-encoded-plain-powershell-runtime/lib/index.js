'use strict';
const { execFileSync } = require('child_process');

// The script is written here in full; -EncodedCommand only spares it from quoting.
const script = `
$ErrorActionPreference = 'Stop'
$payload = [Console]::In.ReadToEnd() | ConvertFrom-Json
if ($payload.action -eq 'read') {
  $entry = Get-StoredCredential -Target ([string]$payload.target)
  if ($null -ne $entry) { [Console]::Out.Write($entry.Password) }
} else {
  throw "unsupported credential action"
}
`;

const encodedScript = Buffer.from(script, 'utf16le').toString('base64');

function read(target) {
  return execFileSync('powershell.exe', ['-NoProfile', '-NonInteractive', '-EncodedCommand', encodedScript], {
    input: JSON.stringify({ action: 'read', target }),
    encoding: 'utf8',
    windowsHide: true,
  });
}

module.exports = { read };
