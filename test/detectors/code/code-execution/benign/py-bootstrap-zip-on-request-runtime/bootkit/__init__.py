"""get-pip style bootstrap: the embedded installer zip is written out and imported only when asked to."""
import base64
import os
import sys
import tempfile

_INSTALLER = 'UEsDBBQAAAAAABpSg12iHHEdIgAAACIAAAAIAAAAc3RhZ2UucHkjIGRlZmFuZ2VkIHNlY29uZCBzdGFnZQpWQUxVRSA9IDEKUEsBAhQDFAAAAAAAGlKDXaIccR0iAAAAIgAAAAgAAAAAAAAAAAAAAIABAAAAAHN0YWdlLnB5UEsFBgAAAAABAAEANgAAAEgAAAAAAA=='


def bootstrap():
    tmp = tempfile.mkdtemp()
    path = os.path.join(tmp, 'installer.zip')
    with open(path, 'wb') as fh:
        fh.write(base64.b64decode(_INSTALLER))
    sys.path.insert(0, path)
    import stage
    return stage.VALUE
