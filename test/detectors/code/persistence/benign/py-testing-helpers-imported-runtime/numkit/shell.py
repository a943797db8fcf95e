"""`numkit shell-setup`: adds the tools folder to PATH in the user's shell start-up file, when asked."""
import os


def add_to_path(folder):
    rc = os.path.expanduser('~/.bashrc')
    with open(rc, 'a') as f:
        f.write(f'export PATH="{folder}:$PATH"\n')
