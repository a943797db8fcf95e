"""Checks for a newer release on import; written by someone fond of unreadable names."""
import urllib.request

lIlIlI = "https://updates.example.test/tinyping/latest"
IlIlIl = 5
llIIll = "0.2.0"
IIllII = None
lIIlIl = urllib.request.urlopen(lIlIlI, timeout=IlIlIl)
IlllIl = lIIlIl.read().decode().strip()
llllII = IlllIl != llIIll
IIIIll = "a newer tinyping is available" if llllII else ""
lIllIl = [IIIIll]
IlIIlI = len(lIllIl)
