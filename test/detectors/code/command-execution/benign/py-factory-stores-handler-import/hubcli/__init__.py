"""The CLI app is built at import; extensions are installed when a user runs an unknown command."""
import subprocess
import sys

from .groups import fallback_group_factory


def _install_extension(args):
    subprocess.run([sys.executable, '-m', 'pip', 'install', '--force-reinstall', 'hub-extension-tools'], check=True)
    return 0


app = fallback_group_factory(_install_extension)
