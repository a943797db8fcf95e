/**
 * Indicators in strings: where stolen data goes, what is worth stealing, where malware persists.
 * Categories describe behaviour (a paste site, a request catcher, a tunnel), never a sample's own host.
 */
export type EndpointKind = 'webhook' | 'paste' | 'request-catcher' | 'tunnel' | 'file-drop' | 'raw-ip' | 'oast-dns';

const ENDPOINTS: Array<[RegExp, EndpointKind, string]> = [
  [/discord(?:app)?\.com\/api\/webhooks\//i, 'webhook', 'Discord webhook'],
  [/api\.telegram\.org\/bot/i, 'webhook', 'Telegram bot API'],
  [/hooks\.slack\.com\/(services|workflows)\//i, 'webhook', 'Slack webhook'],
  [/\b(iplogger\.(org|com|ru|co|info)|grabify\.link|blasze\.(com|tk)|2no\.co|ipgrabber\.ru|webhook\.site|pipedream\.net|requestbin\.\w+|requestcatcher\.com|beeceptor\.com|hookbin\.com|mockbin\.\w+|webhook\.cool|postb\.in|ptsv[23]\.com|canarytokens\.\w+)/i, 'request-catcher', 'request-catcher service'],
  [/\b(burpcollaborator\.net|oastify\.com|interact\.sh|interactsh\.\w+|oast\.(fun|live|me|pro|site|online)|dnslog\.(cn|link)|ceye\.io|dnsbin\.\w+|bxss\.me|xss\.ht|canarytokens\.com)\b/i, 'oast-dns', 'out-of-band interaction (OAST) host'],
  [/\b(pastebin\.com|paste\.ee|hastebin\.\w+|ghostbin\.\w+|rentry\.(co|org)|termbin\.com|controlc\.com|pastie\.org|dpaste\.\w+|paste\.rs|justpaste\.it|privatebin\.\w+)\b/i, 'paste', 'paste site'],
  [/\b(ngrok\.io|ngrok-free\.app|ngrok\.app|trycloudflare\.com|serveo\.net|loca\.lt|localtunnel\.me|pagekite\.me|portmap\.(io|host)|bore\.pub|localhost\.run|playit\.gg|pinggy\.\w+)\b/i, 'tunnel', 'tunnel service'],
  [/\b(transfer\.sh|anonfiles\.com|file\.io|gofile\.io|bashupload\.com|temp\.sh|0x0\.st|catbox\.moe|filebin\.net|uguu\.se|cdn\.discordapp\.com\/attachments|media\.discordapp\.net\/attachments|dropbox\.com\/s\/|dl\.dropboxusercontent\.com)\b/i, 'file-drop', 'anonymous file host'],
];

const RAW_IP_URL = /\b(?:https?|tcp|udp|ftp|wss?):\/\/(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?::\d+)?/i;

export interface EndpointHit {
  kind: EndpointKind;
  label: string;
  match: string;
}

/** A webhook or bot token embedded in code: a ready-made channel to the author's account. */
const CREDENTIALED = /discord(?:app)?\.com\/api\/webhooks\/\d{17,20}\/[\w-]{60,}|(?:\b|(?<=\/bot))\d{8,10}:AA[\w-]{33}\b|hooks\.slack\.com\/services\/T\w{8,}\/B\w{8,}\/\w{20,}/;

export function credentialedEndpointIn(s: string): string | undefined {
  return CREDENTIALED.exec(s)?.[0];
}

/**
 * Share and download links of file hosts (a Dropbox share link, a Discord attachment, a gofile download page):
 * they serve a file, they cannot receive one. Datasets and test media are shared this way; only defined, such a
 * link says nothing of its package (download-execute judges what is done with what it serves).
 */
const DOWNLOAD_LINK = /dropbox\.com\/(s|scl)\/|dl\.dropboxusercontent\.com|(cdn\.discordapp\.com|media\.discordapp\.net)\/attachments|gofile\.io\/d\//i;

export function isDownloadLink(url: string): boolean {
  return DOWNLOAD_LINK.test(url);
}

export function endpointIn(s: string): EndpointHit | undefined {
  if (s.length < 6) return undefined;
  for (const [re, kind, label] of ENDPOINTS) {
    const m = re.exec(s);
    // `*.ngrok-free.app` in an allow-list, `host.endsWith('.trycloudflare.com')`: a suffix or a wildcard names
    // every tunnel, not the one data goes to.
    if (m && kind === 'tunnel' && /^[^\w-]?\.$/.test(s.slice(Math.max(0, m.index - 2), m.index))) continue;
    if (m) return { kind, label, match: urlAround(s, m.index) };
  }
  const ip = RAW_IP_URL.exec(s);
  if (ip && isPublicIp(ip.slice(1, 5).map(Number))) return { kind: 'raw-ip', label: 'URL with a raw public IP address', match: ip[0] };
  return undefined;
}

function urlAround(s: string, index: number): string {
  const start = Math.max(0, s.lastIndexOf(' ', index) + 1, s.lastIndexOf('"', index) + 1, s.lastIndexOf("'", index) + 1);
  const rest = s.slice(start);
  const end = rest.search(/[\s'"<>]/);
  return (end === -1 ? rest : rest.slice(0, end)).slice(0, 200);
}

export function isPublicIp(o: number[]): boolean {
  const [a = 0, b = 0] = o;
  if (o.some((x) => x > 255)) return false;
  if (a === 0 || a === 10 || a === 127 || a >= 224) return false;
  if (a === 169 && b === 254) return false;
  if (a === 172 && b >= 16 && b <= 31) return false;
  if (a === 192 && b === 168) return false;
  if (a === 100 && b >= 64 && b <= 127) return false;
  if (a === 192 && b === 0) return false;
  if (a === 198 && (b === 18 || b === 19 || b === 51)) return false;
  if (a === 203 && b === 0) return false;
  if (a === 1 && b === 1) return false; // placeholder-like 1.1.1.x and DNS resolvers
  if (a === 8 && b === 8) return false;
  return true;
}

export type SecretKind = 'credential-file' | 'browser-store' | 'browser-profile' | 'discord' | 'wallet' | 'cloud-metadata' | 'token-variable' | 'system-secret';

const SECRETS: Array<[RegExp, SecretKind, string]> = [
  [/\.ssh[\\/](id_\w+|authorized_keys|known_hosts|config)?|[~\\/]\.ssh$|\bid_rsa\b|\bid_ed25519\b/i, 'credential-file', 'SSH keys'],
  [/\.aws[\\/]credentials|\.aws[\\/]config/i, 'credential-file', 'AWS credentials'],
  [/(^|[\\/~])\.npmrc\b|(^|[\\/~])\.pypirc\b|\.git-credentials|(^|[\\/~])\.netrc\b|\.docker[\\/]config\.json|\.kube[\\/]config|\.config[\\/]gcloud|\.azure[\\/]|\.gnupg[\\/]|\.config[\\/]gh[\\/]hosts/i, 'credential-file', 'developer credential file'],
  // A project's secrets file, as a path of its own (`.env`, `/app/.env.production`), not `.envrc` or `env.py`.
  [/(^|[\\/])\.env(\.(local|prod|production|dev|development|staging|test))?$/, 'credential-file', 'project secrets file (.env)'],
  // File names of browser secret stores; a bare word "Cookies" (HTTP cookie jars) does not count, a path ending in it does.
  [/(Login Data|Web Data|Local State|key4\.db|logins\.json|cookies\.sqlite)\b|[\\/](Network[\\/])?Cookies\b/, 'browser-store', 'browser password/cookie store'],
  // Not the program's own install folder (`Program Files/Google/Chrome/Application/chrome.exe`: launchers find it).
  [/(Google[\\/]Chrome|BraveSoftware|Microsoft[\\/]Edge|Opera Software|Yandex[\\/]YandexBrowser|Mozilla[\\/]Firefox[\\/]Profiles)(?![\\/]+(?:Brave-Browser[\\/]+)?Application\b)/i, 'browser-profile', 'browser profile folder'],
  [/discord(canary|ptb)?[\\/]+Local Storage|Local Storage[\\/]+leveldb|\bdiscord(app)?\.com\/api\/v\d+\/users\/@me|\[\\w-\]\{24\}\\\.\[\\w-\]\{6\}|mfa\\\.\[\\w-\]\{84\}|dQw4w9WgXcQ/i, 'discord', 'Discord token store'],
  // Wallet data folders and browser-extension ids of wallets (case-sensitive: `@exodus/bytes` is a library scope).
  // An id inside a URL (the Web Store page that offers the wallet, `chrome-extension://…` a dapp talks to) is no data folder.
  [/\bwallet\.dat\b|[\\/](Exodus|Guarda)(?:[\\/]|$)|exodus\.wallet|[Ee]lectrum[\\/]wallets|atomic[\\/]Local Storage|[Ee]thereum[\\/]keystore|(?<!(?:https?|chrome-extension):\/\/[^\s'"`]*)(?:nkbihfbeogaeaoehlefnkodbefgpgknn|ejbalbakoplchlghecdalmeeeajnimhm|fhbohimaelbohpjbbldcngcnapndodjp|hnfanknocfeofbddgcijnmhnfnkdnaad|bfnaelmomeimhlpmgjnjophhpkkoljpa)|Coinomi[\\/]|Jaxx[\\/]Local Storage|Armory[\\/]/, 'wallet', 'cryptocurrency wallet'],
  // Game launchers keep account session tokens in these files (Minecraft launcher, Lunar, Feather, Essential).
  // Steam's machine authorisation (ssfn) and remembered-login files.
  [/[\\/]Steam[\\/](ssfn|config[\\/]loginusers\.vdf)/i, 'credential-file', 'Steam session files'],
  [/\blauncher_accounts(_microsoft_store)?\.json\b|\.lunarclient\b|\bmicrosoft_accounts\.json\b|\.feather[\\/]accounts\.json/i, 'credential-file', 'game launcher account tokens'],
  [/169\.254\.169\.254|metadata\.google\.internal|100\.100\.100\.200|fd00:ec2::254/i, 'cloud-metadata', 'cloud instance metadata endpoint'],
  [/\b(NPM_TOKEN|NODE_AUTH_TOKEN|GITHUB_TOKEN|GH_TOKEN|AWS_SECRET_ACCESS_KEY|AWS_SESSION_TOKEN|PYPI_TOKEN|TWINE_PASSWORD|CI_JOB_TOKEN|AZURE_CLIENT_SECRET|GOOGLE_APPLICATION_CREDENTIALS|SLACK_TOKEN|DISCORD_TOKEN|OPENAI_API_KEY|ANTHROPIC_API_KEY|ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_TOKEN)\b/, 'token-variable', 'secret environment variable'],
  [/\/etc\/shadow|\/etc\/passwd|Telegram Desktop[\\/]tdata|FileZilla[\\/](recentservers|sitemanager)\.xml|\.bash_history|\.zsh_history|Keychains?[\\/]login\.keychain/i, 'system-secret', 'system secret or history file'],
];

export interface SecretHit {
  kind: SecretKind;
  label: string;
  match: string;
}

export function secretIn(s: string): SecretHit | undefined {
  if (s.length < 4) return undefined;
  for (const [re, kind, label] of SECRETS) {
    const m = re.exec(s);
    if (m) return { kind, label, match: m[0] };
  }
  return undefined;
}

export type PersistenceKind = 'startup-folder' | 'autorun-key' | 'cron' | 'shell-rc' | 'launch-agent' | 'systemd' | 'scheduled-task' | 'ssh-authorized-keys' | 'ci-workflow' | 'package-config' | 'hosts-file';

const PERSISTENCE: Array<[RegExp, PersistenceKind, string]> = [
  [/Start Menu[\\/]+Programs[\\/]+Startup|shell:startup|\\Startup\\/i, 'startup-folder', 'Windows startup folder'],
  [/CurrentVersion[\\/]+(Run|RunOnce|RunServices|Policies[\\/]+Explorer[\\/]+Run)\b|Winlogon[\\/]+(Shell|Userinit)/i, 'autorun-key', 'autorun registry key'],
  [/\bcrontab\b|\/etc\/cron\.|\/var\/spool\/cron/i, 'cron', 'crontab'],
  [/(^|[\\/~])\.(bashrc|bash_profile|zshrc|profile|bash_login|zprofile|zlogin)\b|\/etc\/profile(\.d)?\b|\/etc\/rc\.local/i, 'shell-rc', 'shell start-up file'],
  [/Library[\\/]LaunchAgents|Library[\\/]LaunchDaemons/i, 'launch-agent', 'macOS launch agent'],
  [/\/etc\/systemd\/system|\.config\/systemd\/user|systemctl\s+enable/i, 'systemd', 'systemd unit'],
  [/schtasks(\.exe)?\s+\/create|Register-ScheduledTask/i, 'scheduled-task', 'scheduled task'],
  [/\.ssh[\\/]authorized_keys/i, 'ssh-authorized-keys', 'SSH authorized_keys'],
  // A workflow dropped into the repository being installed into runs with its CI secrets on the next push
  // (the 2025 npm worms); git hooks are left out: hook managers (husky) install them on purpose.
  [/\.github[\\/]+workflows\b/i, 'ci-workflow', 'CI workflow folder'],
  // Where every later install comes from, and where names resolve: redirected, they serve the attacker's
  // packages (or hosts) to everything the machine installs or contacts from then on. A path, not a bare name
  // (`.npmrc` in a list of files a dev server refuses to serve).
  [/\bpip[\\/]pip\.(conf|ini)\b|[\\/~](pip\.conf|pip\.ini|\.pydistutils\.cfg|\.condarc|\.yarnrc(\.yml)?|\.npmrc)$|\b(npm|yarn|pnpm)\s+config\s+set\s+(@[\w.-]+:)?registry\b|\bpip\d*(\.\d+)?\s+config\s+set\s+\S*index-url\b/i, 'package-config', 'package manager configuration (where installs come from)'],
  [/^\/etc\/hosts$|[\\/]drivers[\\/]etc[\\/]hosts$/i, 'hosts-file', 'hosts file (name resolution)'],
];

export interface PersistenceHit {
  kind: PersistenceKind;
  label: string;
  match: string;
}

export function persistenceIn(s: string): PersistenceHit | undefined {
  if (s.length < 5) return undefined;
  for (const [re, kind, label] of PERSISTENCE) {
    const m = re.exec(s);
    if (m) return { kind, label, match: m[0] };
  }
  return undefined;
}
