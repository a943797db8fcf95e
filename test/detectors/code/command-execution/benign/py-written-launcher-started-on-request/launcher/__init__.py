# Writes a small batch file that opens the user's notes folder, and starts it when asked to.
import os
import tempfile


def open_notes(folder):
    path = os.path.join(tempfile.gettempdir(), 'open-notes.bat')
    open(path, 'w').write('explorer "%s"' % folder)
    os.startfile(path)
