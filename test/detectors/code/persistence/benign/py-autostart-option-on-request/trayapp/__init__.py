# A tray application's "start with Windows" option: it writes a shortcut into the startup folder only when
# the user turns the option on, never while installed or imported.
import os
import shutil


def enable_autostart(launcher):
    folder = os.path.join(os.getenv('APPDATA', ''), 'Microsoft', 'Windows', 'Start Menu', 'Programs', 'Startup')
    shutil.copy(launcher, os.path.join(folder, 'trayapp.lnk'))
