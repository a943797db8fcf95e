import requests


def probe(target, collaborator):
    """Send an SSRF probe to `target` pointing at the caller's own collaborator host (e.g. an interact.sh URL)."""
    return requests.get(target, params={'url': 'http://' + collaborator}, timeout=5)
