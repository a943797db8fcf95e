"""Send notifications through the user's own Telegram bot (token given by the user, e.g. 123456789:AA...)."""
import requests

API = "https://api.telegram.org/bot{token}/sendMessage"


def notify(token, chat_id, text):
    return requests.post(API.format(token=token), data={"chat_id": chat_id, "text": text}, timeout=10)
