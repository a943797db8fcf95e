import os
import subprocess
import sys

AGENT = os.path.expanduser('~/Library/LaunchAgents/org.example.menubar.plist')


def install_agent():
    """`menubar install-agent`: start the menu bar app at login, when the user asks for it."""
    with open(AGENT, 'w') as fh:
        fh.write('<plist version="1.0"><dict><key>Label</key><string>org.example.menubar</string></dict></plist>')
    subprocess.run(['launchctl', 'load', AGENT], check=True)


def main():
    if sys.argv[1:] == ['install-agent']:
        install_agent()
