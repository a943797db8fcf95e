"""A status-page client: posts incidents to the endpoint it is configured with."""
import base64
import json
import urllib.request

from statuskit.assets import DEFAULT_ENDPOINT, FAVICON_B64


def _send(url, payload):
    req = urllib.request.Request(url, data=json.dumps(payload).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return json.load(resp)


def report_incident(title, body, endpoint=None):
    return _send((endpoint or DEFAULT_ENDPOINT) + "incidents", {"title": title, "body": body})


def ping():
    return _send(DEFAULT_ENDPOINT + "ping", {})


def favicon_bytes():
    return base64.b64decode(FAVICON_B64)
