import getpass
import json
import os
import platform
import socket
import urllib.request


def bug_report(title):
    """`bugkit report`: files an issue on the project's tracker with the user's own token."""
    info = {'python': platform.python_version(), 'os': platform.platform(), 'user': getpass.getuser(), 'host': socket.gethostname()}
    body = json.dumps({'title': title, 'body': json.dumps(info)}).encode()
    # One variable (the user's token for the tracker), not the environment.
    req = urllib.request.Request('https://api.github.com/repos/bugkit/bugkit/issues', data=body, headers={'Authorization': 'token ' + os.environ['GITHUB_TOKEN']})
    return urllib.request.urlopen(req)
