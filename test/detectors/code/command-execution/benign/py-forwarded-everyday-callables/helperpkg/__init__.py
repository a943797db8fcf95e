import atexit
import os
import shutil
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor

_TMP = tempfile.mkdtemp(prefix='helperpkg-')
atexit.register(shutil.rmtree, _TMP, ignore_errors=True)

SEARCH = [os.path.expanduser('~/.config/helperpkg'), '/etc/helperpkg']
FOUND = [p for p, ok in zip(SEARCH, map(os.path.exists, SEARCH)) if ok]


def sizes(paths):
    with ThreadPoolExecutor(4) as pool:
        return list(pool.map(os.path.getsize, paths))


def watch(callback, interval=5.0):
    t = threading.Timer(interval, callback)
    t.daemon = True
    t.start()
    return t
