import os
import tempfile


def scratch(data):
    fd, path = tempfile.mkstemp()
    try:
        os.write(fd, data)
    finally:
        os.close(fd)
        os.remove(path)
