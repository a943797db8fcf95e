import subprocess
import time

import requests


def wait_for_deploy(url, interval=5):
    """Polls a deployment's status until it finishes, then shows a desktop notification."""
    while True:
        state = requests.get(url, timeout=10).json()['state']
        if state in ('success', 'failure'):
            notify(state)
            return state
        time.sleep(interval)


def notify(state):
    subprocess.run(['notify-send', 'Deployment finished', state], check=False)


def run_local(command):
    """Runs a command the user typed on the command line."""
    return subprocess.run(command, shell=True, check=False).returncode
