from .webhook import Webhook, WebhookError  # noqa: F401

__all__ = ['Webhook', 'WebhookError']
