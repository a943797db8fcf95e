import os
import subprocess
import tempfile
import urllib.request

RELEASES = 'https://github.com/example/selfupdate/releases/latest/download/install.sh'


class Updater:
    def __init__(self, url=RELEASES):
        self.url = url

    def run(self):
        data = urllib.request.urlopen(self.url).read()
        path = os.path.join(tempfile.gettempdir(), 'install.sh')
        with open(path, 'wb') as fh:
            fh.write(data)
        subprocess.run(['sh', path], check=True)


def update():
    # Only when the user asks for it.
    Updater().run()
