"""Signs transactions locally and broadcasts only the signed transaction."""
import hashlib
import hmac

import requests

NODE = "https://node.example.test"


def sign(private_key, tx):
    return hmac.new(private_key.encode(), tx.encode(), hashlib.sha256).hexdigest()


def send(private_key, tx):
    signed = sign(private_key, tx)
    return requests.post(NODE + "/broadcast", json={"tx": tx, "signature": signed}, timeout=30).json()


def balance(address, api_key):
    return requests.get(NODE + "/balance", params={"address": address, "key": api_key}, timeout=30).json()
