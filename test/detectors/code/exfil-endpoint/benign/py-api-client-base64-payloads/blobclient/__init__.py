import base64

import requests

API = 'https://api.blobstore.example.com/v2'


def put_blob(name, data, token):
    auth = base64.b64encode(token.encode()).decode()
    body = {'name': name, 'data': base64.b64encode(data).decode()}
    return requests.post(API + '/blobs', json=body, headers={'Authorization': 'Basic ' + auth}, timeout=30)


def get_blob(name):
    resp = requests.get(API + '/blobs/' + name, timeout=30)
    return base64.b64decode(resp.json()['data'])
