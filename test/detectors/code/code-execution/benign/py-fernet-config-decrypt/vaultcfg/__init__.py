import json

from cryptography.fernet import Fernet


def load(path, key):
    # Decrypts the user's own settings file into data, never into code.
    with open(path, 'rb') as fh:
        return json.loads(Fernet(key).decrypt(fh.read()))
