# A command-line HTTP client: its option table names cookies, and it fetches at import (a version check).
import urllib.request

OPTIONS = [
    ("--headers [cyan]<NAME VALUE> ...", "Headers to include in the request."),
    ("--cookies [cyan]<NAME VALUE> ...", "Cookies to include in the request."),
]
LATEST = urllib.request.urlopen("https://pypi.org/pypi/fetchcli/json").read()
