import type { Language, ValueFact } from '../../model/index.js';

/**
 * What a call can do, whatever the language. A capability is not a threat: detectors combine it with
 * where it runs (vector), what flows into it (values, refs) and how it hides (techniques).
 */
export type Capability =
  | 'shell' // runs a command
  | 'code-exec' // evaluates code given as data
  | 'network' // talks to a remote host
  | 'network-relay' // hands data to one of the package's functions that talks to a remote host (relayed-sinks.ts)
  | 'dns' // resolves names (DNS exfiltration channel)
  | 'socket' // opens a raw socket
  | 'dup2' // rebinds file descriptors (reverse shells)
  | 'file-write'
  | 'file-read'
  | 'file-delete'
  | 'env-read'
  | 'host-info' // hostname, user name, home folder, IP
  | 'dynamic-import'
  | 'package-install' // installs further packages at run time
  | 'registry' // Windows registry
  | 'spy' // clipboard, keyboard, screen capture
  | 'image-read' // reads pixels (steganography carrier)
  | 'crypto-unprotect' // decrypts browser/OS-protected secrets
  | 'decrypt' // decrypts a payload (Fernet, AES)
  | 'native-load' // loads a native library into the process (its initialisers run)
  | 'code-load'; // makes a file's code importable or loads it (`sys.path.insert`, `zipimporter`, file loaders)

type Table = Array<[RegExp, Capability]>;

/** Loading a native library (a DLL or shared object the package ships, usually). */
/** Calls whose result is a DNS answer's text (TXT records): network data, a classic channel for commands and code. */
export const DNS_ANSWER = /(^|\.)resolveTxt$|^dns\.resolver\.(resolve|query)(\.|$)/;
export const NATIVE_LOAD = /^ctypes\.(CDLL|WinDLL|OleDLL|PyDLL|cdll\.LoadLibrary|windll\.LoadLibrary|LibraryLoader\.LoadLibrary)$/;

const PYTHON: Table = [
  // The C library's own system()/popen() and Windows' WinExec/ShellExecute, called through ctypes.
  [/^ctypes\.(CDLL|cdll\.LoadLibrary|cdll\.\w+|windll\.\w+|WinDLL|LibraryLoader\.LoadLibrary)\.(system|popen|_popen|_wsystem|WinExec|ShellExecute[AW]?)$/, 'shell'],
  [/^(os\.(system|popen|spawn\w*|exec\w*|posix_spawn\w*|startfile)|subprocess\.(Popen|call|check_call|check_output|run|getoutput|getstatusoutput)|commands\.get\w+|pty\.spawn|popen2\.\w+|asyncio\.create_subprocess_\w+|sh\.\w+|pexpect\.(spawn|run)|(setuptools\._)?distutils\.spawn\.spawn|(setuptools|distutils)\.[\w.]+\.spawn|pydoc\.(pipepager|tempfilepager))$/, 'shell'],
  [/^(builtins\.(exec|eval|compile|execfile)|runpy\.run_\w+|code\.Interactive(Interpreter|Console)\.(runsource|runcode|push)|timeit\.(timeit|repeat|Timer)|c?[Pp]rofile\.run(ctx)?|pdb\.run(eval)?|types\.FunctionType|marshal\.loads|pickle\.loads?)$/, 'code-exec'],
  [/^(urllib\d?\.(request\.)?(urlopen|urlretrieve|Request|build_opener)|urllib\.request\.\w+|requests\.(get|post|put|patch|delete|head|request|Session\S*)|httpx\.\w+|httpx\.(Client|AsyncClient)\.(get|post|put|patch|delete|request|stream|send)|aiohttp\.\w+|aiohttp\.ClientSession\.(get|post|put|patch|delete|request|ws_connect)|urllib3\.\w+|urllib3\.(PoolManager|ProxyManager|HTTPConnectionPool|HTTPSConnectionPool)\.(request|urlopen|request_encode_body|request_encode_url)|(http\.client|httplib)\.\w+|(http\.client|httplib)\.HTTPS?Connection\.(request|putrequest|send|connect)|ftplib\.\w+(\.\w+)?|smtplib\.\w+(\.\w+)?|telnetlib\.\w+(\.\w+)?|paramiko\.\w+|websocket\.\w+|websockets\.\w+|pycurl\.\w+|wget\.download|discord_webhook\.\w+|dhooks\.\w+|tornado\.httpclient\.\w+|socket\.create_connection)$/, 'network'],
  [/^(socket\.socket(\.\w+)?|\?\.connect|socket\.socket\.(connect|send|sendall|sendto))$/, 'socket'],
  [/^(socket\.(gethostbyname\w*|getaddrinfo)|dns\.resolver\.\w+)$/, 'dns'],
  [/^os\.dup2$/, 'dup2'],
  [/^(shutil\.(copy\w*|move)|os\.(rename|replace|makedirs|mkdir|chmod)|pathlib\.Path\.(write_\w+)|\?\.write_(text|bytes)|(builtins\.open|io\.open|codecs\.open|os\.fdopen)\.(write|writelines)|tempfile\.(NamedTemporaryFile|mkstemp|mktemp|TemporaryFile)(\.(write|writelines))?)$/, 'file-write'],
  [/^(os\.(remove|unlink|rmdir|removedirs)|shutil\.rmtree|pathlib\.Path\.unlink|\?\.unlink)$/, 'file-delete'],
  [/^(os\.(getenv|environ\.\w+)|os\.environ)$/, 'env-read'],
  [/^(socket\.(gethostname|getfqdn)|getpass\.getuser|os\.(getlogin|getuid|uname)|platform\.(node|uname)|uuid\.getnode|os\.path\.expanduser)$/, 'host-info'],
  [/^(builtins\.__import__|importlib\.(import_module|__import__)|imp\.load_\w+|importlib\.util\.\w+)$/, 'dynamic-import'],
  [/^(pip\.main|pip\._internal\.\w+|setuptools\.command\.easy_install\.\w+)$/, 'package-install'],
  [/^(winreg|_winreg)\.\w+$/, 'registry'],
  [/^(pynput\.\w+(\.\w+)*|keyboard\.\w+|pyperclip\.\w+|PIL\.ImageGrab\.\w+|pyautogui\.screenshot|mss\.\w+|clipboard\.\w+|win32clipboard\.\w+)$/, 'spy'],
  [/^(PIL\.Image\.open|cv2\.imread|imageio\.\w+|stegano\.\w+|\?\.getpixel|\?\.getdata)$/, 'image-read'],
  [/^(win32crypt\.CryptUnprotectData|Crypto\w*\.Cipher\.AES\.new|Cryptodome\.Cipher\.AES\.new)$/, 'crypto-unprotect'],
  [/^(cryptography\.fernet\.Fernet(\.decrypt)?|\?\.decrypt)$/, 'decrypt'],
  [NATIVE_LOAD, 'native-load'],
  [/^(zipimport\.zipimporter(\.\w+)?|importlib\.machinery\.(Source|Sourceless|Extension)FileLoader(\.\w+)?|sys\.path\.(insert|append|extend))$/, 'code-load'],
];

const JAVASCRIPT: Table = [
  [/^(child_process\.\w+|global\.Bun\.(spawn|spawnSync)|execa(\.\w+)?|shelljs\.exec|cross-spawn(\.\w+)?|global\.process\.binding|process\.binding|process\.binding\.(spawn_sync|process_wrap)(\.Process)?\.\w+)$/, 'shell'],
  [/^(global\.(eval|Function|execScript)|vm\.\w+|vm\.Script\.\w+|global\.setTimeout|global\.setInterval|node-serialize\.unserialize|module(\.prototype)?\._compile|\?\._compile)$/, 'code-exec'],
  [/^(https?\.(?!(?:Agent|globalAgent|STATUS_CODES|METHODS|validateHeaderName|validateHeaderValue)$)\w+|https?\.ClientRequest\.(write|end)|http2\.\w+|http2\.ClientHttp2Session\.request|tls\.TLSSocket\.(write|end)|global\.(fetch|XMLHttpRequest|WebSocket|navigator\.sendBeacon)|axios(\.\w+)?|(node|cross|isomorphic|make)-fetch(\.\w+)?|ky(\.\w+)?|phin|request(\.\w+)?|got(\.\w+)?|superagent\.\w+|needle(\.\w+)?|ws|ws\.\w+|socket\.io-client(\.\w+)*|undici\.(?!(Agent|ProxyAgent|EnvHttpProxyAgent|RetryAgent|MockAgent|Pool|BalancedPool|Client|setGlobalDispatcher|getGlobalDispatcher)$)\w+|ftp\.\w+|nodemailer\.\w+|tls\.connect)$/, 'network'],
  [/^(net\.(connect|createConnection|Socket)(\.\w+)?|dgram\.\w+(\.\w+)?)$/, 'socket'],
  [/^(dns\.\w+|dns\.promises\.\w+)$/, 'dns'],
  // fs, its promise API and fs-extra by what each call does: `fs.promises.readFile` reads (a bundle's config
  // loader reading ~/.npmrc is not writing it).
  [/^(fs\.(promises\.)?(write\w*|append\w*|copyFile\w*|cp\w*|rename\w*|mkdir\w*|chmod\w*|createWriteStream|symlink\w*|link\w*|truncate\w*|open)|fs-extra\.(write\w*|output\w*|append\w*|copy\w*|move\w*|mkdir\w*|mkdirs\w*|mkdirp\w*|ensure\w*|createWriteStream|symlink\w*|chmod\w*|open))$/, 'file-write'],
  [/^(fs\.(promises\.)?(read\w*|createReadStream|existsSync|readdir\w*|opendir\w*)|fs-extra\.(read\w*|createReadStream|pathExists\w*|existsSync))$/, 'file-read'],
  [/^(fs\.(promises\.)?(unlink\w*|rm\w*)|fs-extra\.(remove\w*|rm\w*|unlink\w*|emptyDir\w*|emptydir\w*))$/, 'file-delete'],
  [/^(os\.(hostname|userInfo|homedir|networkInterfaces|platform|type|release|arch)|global\.process\.cwd)$/, 'host-info'],
];

/** `new Worker(code, { eval: true })` runs its first argument as code; without the option it is a file's path. */
export function workerEvaluatesCode(callee: string, options: ValueFact | undefined): boolean {
  return callee === 'worker_threads.Worker' && options?.entries?.['eval']?.text === 'true';
}

const CACHE = new Map<string, Capability | null>();

export function capabilityOf(language: Language, callee: string): Capability | undefined {
  const key = `${language}:${callee}`;
  const cached = CACHE.get(key);
  if (cached !== undefined) return cached ?? undefined;
  const table = language === 'python' ? PYTHON : JAVASCRIPT;
  let found: Capability | undefined;
  for (const [re, cap] of table) {
    if (re.test(callee)) {
      found = cap;
      break;
    }
  }
  if (CACHE.size < 50_000) CACHE.set(key, found ?? null);
  return found;
}

/** Reads that are capabilities on their own: a whole-environment dump, the platform. */
export function readCapability(name: string): Capability | undefined {
  if (name === 'os.environ' || name === 'process.env' || name === 'os.environ.copy' || name === 'os.environ.items') return 'env-read';
  return undefined;
}
