"""Exports the application's own settings (the APPSETTINGS_* variables) to the settings service the caller
names, base64-encoded as that service expects."""
import base64
import os

import requests


def export_settings(endpoint, token):
    lines = ""
    for key, value in os.environ.items():
        if key.startswith("APPSETTINGS_"):
            lines += f"{key}={value}\n"
    body = base64.b64encode(lines.encode("utf-8"))
    return requests.post(endpoint, data=body, headers={"Authorization": f"Bearer {token}"}, timeout=10)


def snapshot():
    names = [name for name in os.environ if name.startswith("APPSETTINGS_")]
    return {name: os.environ[name] for name in names}
