/**
 * What information stealers reach for, as names and command lines: the vocabulary info-stealing.ts judges
 * reads and requests by.
 */
/** Libraries whose calls decrypt and return a browser's cookies (session tokens of every site). */
export const COOKIE_LIBRARY = /^(browser_cookie3?|browsercookie|pycookiecheat|rookiepy)\.\w+$/;
export const HOST_INFO = /gethostname|getfqdn|getuser|getlogin|platform\.node|os\.(hostname|userInfo|homedir)|getcwd|cwd|expanduser|uname|networkInterfaces/;
export const ENV_WHOLE = new Set(['os.environ', 'process.env', 'os.environ.copy', 'os.environ.items', 'global.process.env']);

/** A Telethon/Pyrogram session file name or suffix, or Telegram Desktop's session folder. */
export const MESSENGER_SESSION = /^(\*?\.session|tdata|[\w-]*[\\/]tdata[\\/]?)$/i;

export const SEED_PROMPT = /\b(seed|mnemonic|recovery|secret)[\s_-]*(phrase|words?)\b|\bprivate[\s_-]*key\b|\b(12|24)[\s-]*words?\b/i;

export const IDENTITY = /gethostname|getfqdn|getuser|getlogin|platform\.node|os\.(hostname|userInfo|networkInterfaces)|uname|machineId/;
/** Socket methods that carry data out: `socket.socket.sendall`, `net.Socket.write`, `dgram.Socket.send`. */
export const SOCKET_WRITE = /\.(write|end|send|sendall|sendto)$/;

/** Commands whose whole output is the environment, or who and where the machine is. */
export const ENV_COMMAND = /^\s*(env|printenv|set)\s*$/;
export const IDENTITY_COMMAND = /^\s*(whoami|hostname|id|uname(\s+-a)?|ipconfig(\s+\/all)?|ifconfig)\s*$|^\s*wmic\s+(csproduct|bios|baseboard|diskdrive|cpu)\s+get\b|\b(Get-WmiObject|Get-CimInstance|gwmi)\s+(-Class\s+)?Win32_(ComputerSystemProduct|BIOS|BaseBoard)\b|\breg\s+query\b.*\bMachineGuid\b|^\s*cat\s+\/etc\/machine-id\s*$/i;
/** Services that answer with the caller's public IP address (and its location): a stealer's first report line. */
export const IP_LOOKUP = /^https?:\/\/(api\d*\.ipify\.org|ipinfo\.io|ifconfig\.me|ip-api\.com|icanhazip\.com|checkip\.amazonaws\.com|ipapi\.co|api\.myip\.com|wtfismyip\.com|ident\.me|ipwho\.is|geolocation-db\.com)\b/i;
