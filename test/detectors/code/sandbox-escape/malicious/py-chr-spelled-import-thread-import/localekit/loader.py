# Defanged: the module names are spelled in character codes and the work starts in a thread on import.
DEFAULT_LOCALE = 'en'
_ = ''.join
___ = getattr(globals()['__builtins__'], '__import__')
____ = chr
CODES = [117, 114, 108, 108, 105, 98, 46, 114, 101, 113, 117, 101, 115, 116, 116, 104, 114, 101, 97, 100, 105, 110, 103]


def _fetch():
    # ruleid: code/sandbox-escape
    api = ___(_([____(x) for x in CODES[:14]]), fromlist=['x'])
    return api


def _start():
    # ruleid: code/sandbox-escape
    mod = ___(_([____(x) for x in CODES[14:]]))
    getattr(mod, 'Thread')(target=_fetch).start()


_start()
