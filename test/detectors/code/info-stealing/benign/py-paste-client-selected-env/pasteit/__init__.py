"""A paste-site client: uploads the text the user gives, with the API key from one variable."""
import os
import urllib.parse
import urllib.request

API = "https://pastebin.com/api/api_post.php"


def paste(text):
    key = os.environ.get("PASTEBIN_API_KEY", "")
    body = urllib.parse.urlencode({"api_dev_key": key, "api_paste_code": text, "api_option": "paste"}).encode()
    return urllib.request.urlopen(API, data=body).read().decode()
