"""Attaches a screenshot to a bug report when the user presses the report button."""
import io

import pyautogui
import requests


def send_report(text, endpoint='https://bugs.example.org/api/report'):
    shot = io.BytesIO()
    pyautogui.screenshot().save(shot, 'PNG')
    return requests.post(endpoint, data={'text': text}, files={'screenshot': shot.getvalue()})
