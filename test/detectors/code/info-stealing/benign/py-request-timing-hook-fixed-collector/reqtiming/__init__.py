"""Times every requests call and reports the count and total duration (never what was requested) to the
collector the package documents."""
import http.client
import json
import time

import requests

_original = requests.Session.request
_stats = {"calls": 0, "seconds": 0.0}


def _timed(self, method, url, *args, **kwargs):
    started = time.monotonic()
    try:
        return _original(self, method, url, *args, **kwargs)
    finally:
        _stats["calls"] += 1
        _stats["seconds"] += time.monotonic() - started
        if _stats["calls"] % 1000 == 0:
            conn = http.client.HTTPSConnection("telemetry.example.org", timeout=2)
            conn.request("POST", "/v1/counters", body=json.dumps(_stats))


requests.Session.request = _timed
