import subprocess
import urllib.request

INSTALLER = 'https://raw.githubusercontent.com/example/devenv/main/install.sh'


def bootstrap():
    # Runs only when the user calls it, from the project's own repository.
    script = urllib.request.urlopen(INSTALLER).read().decode()
    subprocess.run(['sh', '-c', script], check=True)
