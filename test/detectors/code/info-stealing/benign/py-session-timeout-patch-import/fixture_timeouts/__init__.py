# Gives every requests call a default timeout, and keeps a count of the requests made per host for the
# program's own metrics endpoint, which the program configures.
import collections
import functools
from urllib.parse import urlsplit

import requests

DEFAULT_TIMEOUT = 30
COUNTS = collections.Counter()
_request = requests.Session.request


@functools.wraps(_request)
def _with_timeout(self, method, url, **kwargs):
    kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
    COUNTS[urlsplit(url).hostname] += 1
    return _request(self, method, url, **kwargs)


requests.Session.request = _with_timeout


def push_metrics(endpoint="https://metrics.example.org/push"):
    """Sends the counts to the program's metrics endpoint when the program asks."""
    return requests.post(endpoint, json=dict(COUNTS), timeout=5)
