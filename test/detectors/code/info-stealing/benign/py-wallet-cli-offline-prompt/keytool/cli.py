import hashlib
import requests


def derive():
    """Offline key derivation: asks for a mnemonic, but this file's only network call fetches a price."""
    words = input('Enter your recovery phrase (never leaves this machine): ')
    return hashlib.sha256(words.encode()).hexdigest()


def price():
    return requests.get('https://api.example.test/price', timeout=5).json()
