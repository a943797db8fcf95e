import os
import subprocess
import sys

if sys.platform.startswith('win'):
    put = os.path.join(os.getenv('TMP', '.'), 'ab.ps1')
    with open(put, 'w', encoding='utf-8') as f:
        f.write(os.getenv('ZIPKIT_SCRIPT', ''))
    # The window flag sits past the first 200 characters of the call.
    # ruleid: code/command-execution
    subprocess.Popen([
        'powershell.exe',
        '-NoProfile',
        '-ExecutionPolicy', 'Bypass',
        '-WindowStyle', 'Hidden',
        '-File', f"{put}"
    ], stdout=subprocess.PIPE, stderr=subprocess.PIPE, creationflags=subprocess.CREATE_NO_WINDOW)
