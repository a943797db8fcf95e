"""Minimal Discord webhook client.

Usage::

    >>> from hooklite import send
    >>> send('https://discord.com/api/webhooks/<id>/<token>', 'build finished')
"""
import requests

__all__ = ['send']


def send(url, content, timeout=10):
    resp = requests.post(url, json={'content': content}, timeout=timeout)
    resp.raise_for_status()
    return resp.status_code
