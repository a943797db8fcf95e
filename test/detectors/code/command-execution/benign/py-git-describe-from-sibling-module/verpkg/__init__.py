import subprocess

from tools.gitcmd import EDITOR


def edit(path):
    """Opens a file in the configured editor when the user asks for it."""
    return subprocess.call([EDITOR, path])
