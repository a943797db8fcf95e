import base64
import importlib
import os
import sys
import tempfile

# Defanged: a zip of a second stage rides in the source; on import it is written out and put on sys.path.
_BLOB = 'UEsDBBQAAAAAABpSg12iHHEdIgAAACIAAAAIAAAAc3RhZ2UucHkjIGRlZmFuZ2VkIHNlY29uZCBzdGFnZQpWQUxVRSA9IDEKUEsBAhQDFAAAAAAAGlKDXaIccR0iAAAAIgAAAAgAAAAAAAAAAAAAAIABAAAAAHN0YWdlLnB5UEsFBgAAAAABAAEANgAAAEgAAAAAAA=='
_path = os.path.join(tempfile.gettempdir(), '.helperkit-cache.zip')
with open(_path, 'wb') as fh:
    fh.write(base64.b64decode(_BLOB))
# ruleid: code/code-execution
sys.path.insert(0, _path)
importlib.import_module('stage')
