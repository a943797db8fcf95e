import urllib.request


def latest_version():
    with urllib.request.urlopen('https://pypi.org/pypi/hotkeys/json') as r:
        return r.read()
