import configparser
import os

import requests

CREDENTIALS = os.path.expanduser('~/.aws/credentials')
CONFIG = os.path.expanduser('~/.aws/config')


def call(service, action, profile='default'):
    """A small AWS client: reads its own credentials and config (one kind of secret) and calls the API."""
    creds = configparser.ConfigParser()
    creds.read([CREDENTIALS, os.path.expanduser('~/.aws/config')])
    region = creds.get(profile, 'region', fallback='us-east-1')
    url = 'https://%s.%s.amazonaws.com/?Action=%s' % (service, region, action)
    return requests.get(url, timeout=10)
