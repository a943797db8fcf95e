import boto3
import keyring
import requests
from requests_aws4auth import AWS4Auth


def search(endpoint, query, region='eu-west-1'):
    """Queries an OpenSearch domain, signing the request with the caller's AWS credentials (SigV4)."""
    creds = boto3.Session().get_credentials()
    auth = AWS4Auth(creds.access_key, creds.secret_key, region, 'es', session_token=creds.token)
    return requests.get(f'{endpoint}/_search', auth=auth, json={'query': query}, timeout=30).json()


def dashboard(url):
    """Calls the team dashboard with the token the user stored in the OS keyring."""
    token = keyring.get_password('fixture-esclient', 'dashboard')
    return requests.get(url, headers={'Authorization': f'Bearer {token}'}, timeout=30).json()


def console_url(duration=3600):
    """A console sign-in URL: AWS's federation endpoint takes the session's keys as a parameter."""
    import json

    creds = boto3.Session().get_credentials().get_frozen_credentials()
    session = json.dumps({'sessionId': creds.access_key, 'sessionKey': creds.secret_key, 'sessionToken': creds.token})
    params = {'Action': 'getSigninToken', 'SessionDuration': duration, 'Session': session}
    token = requests.get('https://signin.aws.amazon.com/federation', params=params, timeout=30).json()['SigninToken']
    return f'https://signin.aws.amazon.com/federation?Action=login&SigninToken={token}'
