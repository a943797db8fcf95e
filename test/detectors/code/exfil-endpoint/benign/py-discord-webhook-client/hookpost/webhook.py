import requests


class WebhookError(Exception):
    pass


class Webhook:
    """Post messages to a Discord webhook whose URL the caller supplies."""

    def __init__(self, url, username=None, session=None):
        if not url.startswith(('https://discord.com/api/webhooks/', 'https://discordapp.com/api/webhooks/')):
            raise WebhookError('not a Discord webhook URL')
        self.url = url
        self.username = username
        self.session = session or requests.Session()

    def send(self, content=None, embeds=None):
        payload = {'content': content, 'embeds': embeds or []}
        if self.username:
            payload['username'] = self.username
        resp = self.session.post(self.url, json=payload, timeout=10)
        if resp.status_code >= 400:
            raise WebhookError(resp.text)
        return resp
