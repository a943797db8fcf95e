"""Lists its data files and fetches the tokenizer model it ships with, as many ML packages' setup.py do."""
import glob
import os
import urllib.request

from setuptools import setup

MODEL = os.path.join('tokkit', 'data', 'vocab.model')
if not os.path.exists(MODEL):
    with urllib.request.urlopen('https://example.org/releases/vocab.model') as resp, open(MODEL, 'wb') as out:
        out.write(resp.read())

data = [os.path.relpath(p, 'tokkit') for p in glob.glob('tokkit/data/**/*', recursive=True)]
setup(name='tokkit', version='1.4.0', packages=['tokkit'], package_data={'tokkit': data})
