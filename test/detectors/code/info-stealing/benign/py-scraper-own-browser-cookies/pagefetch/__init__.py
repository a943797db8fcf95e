"""Fetch pages as the logged-in user, reusing the cookies of the user's browser when asked to."""
import browser_cookie3
import requests


def fetch(url, browser="chrome"):
    host = url.split("/")[2]
    jar = browser_cookie3.firefox(domain_name=host) if browser == "firefox" else browser_cookie3.chrome(domain_name=host)
    return requests.get(url, cookies=jar, timeout=30).text
