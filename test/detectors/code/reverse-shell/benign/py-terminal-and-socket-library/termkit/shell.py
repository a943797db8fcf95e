import os
import pty


def interactive_shell(shell=None):
    """Open the user's shell in a pseudo-terminal and return its exit status (used by `termkit shell`)."""
    shell = shell or os.environ.get('SHELL', '/bin/sh')
    return pty.spawn(shell)
