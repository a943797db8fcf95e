"""A text-to-image API client: `seed` makes a generation repeatable."""
import requests


class Client:
    def __init__(self, key):
        self.key = key

    def generate(self, prompt, seed=None, steps=30):
        r = requests.post('https://api.example-images.com/v1/generate', headers={'Authorization': 'Bearer ' + self.key}, json={'prompt': prompt, 'seed': seed, 'steps': steps})
        r.raise_for_status()
        return r.json()
