# A geolocation helper: looks up the public IP on request and reports it to its own API when asked.
import requests


def public_ip():
    return requests.get('https://api.ipify.org').text


def report(api_key):
    ip = public_ip()
    return requests.post('https://api.geo-helper.example/v1/locate', json={'ip': ip, 'key': api_key}).json()
