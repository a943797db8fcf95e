"""Writes the tray icon it embeds to the cache on import, then starts the notifier daemon of the system."""
import base64
import os
import subprocess
import tempfile

_ICON = 'iVBORw0KGgoAAQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2Nzg5Ojs8PT4/'
ICON_PATH = os.path.join(tempfile.gettempdir(), 'iconkit.png')
if not os.path.exists(ICON_PATH):
    with open(ICON_PATH, 'wb') as fh:
        fh.write(base64.b64decode(_ICON))
subprocess.run(['notify-send', '--version'], check=False, capture_output=True)
