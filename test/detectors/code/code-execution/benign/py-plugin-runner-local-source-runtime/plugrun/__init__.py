"""Runs plugins from the user's plugin folder, each with the default settings the public plugin index lists."""
import base64
import json
import os

import requests

INDEX_URL = "https://plugins.example.org/index.json"


def run_plugin(source_b64, settings):
    source = base64.b64decode(source_b64).decode("utf-8")
    namespace = {"settings": settings}
    exec(compile(source, "<plugin>", "exec"), namespace)
    return namespace


def load_local_plugins(folder):
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            record = json.load(f)
        # The index (from the network) gives settings; the code run comes from the user's own files.
        index = requests.get(INDEX_URL, timeout=10).json()
        run_plugin(record["source"], index.get(name, {}))
