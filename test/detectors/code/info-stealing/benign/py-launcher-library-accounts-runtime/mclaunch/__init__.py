"""A game launcher library: signs the user in with the account the official launcher saved, when asked to."""
import json
import os

import requests

AUTH = "https://auth.example.test/refresh"


def saved_account(game_dir):
    with open(os.path.join(game_dir, "launcher_accounts.json")) as f:
        return json.load(f)


def refresh(game_dir):
    account = saved_account(game_dir)
    return requests.post(AUTH, json={"refresh_token": account.get("refreshToken")}, timeout=20).json()
