"""Tag a release and publish its notes to the project's own GitHub repository."""
import os
import subprocess
import sys

import requests


def git(*args):
    env = dict(os.environ, LC_ALL='C', GIT_TERMINAL_PROMPT='0')
    return subprocess.run(['git', *args], env=env, check=True, capture_output=True, text=True).stdout.strip()


def publish(repo, tag, token):
    notes = git('log', '--oneline', tag + '^..' + tag)
    resp = requests.post(
        'https://api.github.com/repos/%s/releases' % repo,
        json={'tag_name': tag, 'body': notes},
        headers={'Authorization': 'token ' + token},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()['html_url']


def main():
    repo, tag = sys.argv[1], sys.argv[2]
    print(publish(repo, tag, os.environ.get('RELEASETOOL_TOKEN', '')))
    return 0
