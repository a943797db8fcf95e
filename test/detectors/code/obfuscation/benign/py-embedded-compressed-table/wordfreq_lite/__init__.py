"""Word frequencies, shipped as a compressed JSON table to keep the wheel small."""
import base64
import json
import zlib

_TABLE = 'eJyrVkrMKchIVLJSMNRRUEpKLQExjYDM9MTcXBA7GigO5BvH1gIABLULWQ=='
FREQUENCIES = json.loads(zlib.decompress(base64.b64decode(_TABLE)).decode('utf-8'))


def frequency(word):
    return FREQUENCIES.get(word, 0)
