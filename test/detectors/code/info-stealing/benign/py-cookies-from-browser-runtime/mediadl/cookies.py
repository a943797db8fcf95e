"""--cookies-from-browser: the user's own cookies loaded for the user's own downloads, when asked."""
import os
import sqlite3
import urllib.request


def _firefox_cookies(profile_dir):
    path = os.path.join(profile_dir, 'cookies.sqlite')
    with sqlite3.connect(path) as db:
        return db.execute('SELECT host, name, value FROM moz_cookies').fetchall()


def _chrome_cookies(user_data_dir):
    path = os.path.join(user_data_dir, 'Default', 'Network', 'Cookies')
    with sqlite3.connect(path) as db:
        return db.execute('SELECT host_key, name, encrypted_value FROM cookies').fetchall()


def fetch_page(url, cookie_header):
    req = urllib.request.Request(url, headers={'Cookie': cookie_header})
    return urllib.request.urlopen(req).read()
