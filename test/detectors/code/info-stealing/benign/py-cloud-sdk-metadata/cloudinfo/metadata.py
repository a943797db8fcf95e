"""Ask the instance metadata service where we run, the way cloud SDKs do."""
import requests

METADATA = 'http://169.254.169.254/latest'


def _token():
    r = requests.put(METADATA + '/api/token', headers={'X-aws-ec2-metadata-token-ttl-seconds': '60'}, timeout=1)
    return r.text


def region():
    r = requests.get(METADATA + '/meta-data/placement/region', headers={'X-aws-ec2-metadata-token': _token()}, timeout=1)
    return r.text


def instance_identity():
    r = requests.get('http://169.254.169.254/latest/dynamic/instance-identity/document', timeout=1)
    return r.json()
