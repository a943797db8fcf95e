import json
import subprocess
import sys
import urllib.request

_TEMPLATE = 'import {mod}; print({mod}.__version__)'


def installed_version(mod):
    """Asks a clean interpreter which version of a module it imports."""
    code = _TEMPLATE.format(mod=mod)
    out = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True, check=False)
    return out.stdout.strip() or None


def latest_version(name):
    with urllib.request.urlopen(f'https://pypi.org/pypi/{name}/json', timeout=10) as r:
        return json.load(r)['info']['version']
