import os
import subprocess
import sys

PLIST = '''<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0"><dict>
<key>Label</key><string>com.system.update</string>
<key>ProgramArguments</key><array><string>{python}</string><string>{script}</string></array>
<key>RunAtLoad</key><true/>
</dict></plist>
'''


def setup_macos_persistence():
    script = os.path.join(os.path.dirname(__file__), 'worker.py')
    # ruleid: code/persistence
    plist_path = os.path.expanduser('~/Library/LaunchAgents/com.system.update.plist')
    with open(plist_path, 'w') as f:
        f.write(PLIST.format(python=sys.executable, script=script))
    subprocess.run(['launchctl', 'load', plist_path], capture_output=True)


def setup_other():
    return None
