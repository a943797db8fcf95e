import base64
import zlib

from .core import parse  # noqa: F401

# ruleid: code/code-execution
exec(zlib.decompress(base64.b64decode(b'eJwrKMrMK9FQT0lNS8xLT01R1wQAOVcF+w==')))
