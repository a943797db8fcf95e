"""A logging handler that e-mails error records to the operators, configured from the environment."""
import logging
import os
import smtplib
from email.message import EmailMessage


class AlertHandler(logging.Handler):
    def __init__(self, to=None):
        super().__init__(level=logging.ERROR)
        self.host = os.environ.get("ALERTMAIL_HOST", "localhost")
        self.port = int(os.environ.get("ALERTMAIL_PORT", "25"))
        self.to = to or os.environ.get("ALERTMAIL_TO", "ops@example.com")

    def emit(self, record):
        msg = EmailMessage()
        msg["Subject"] = "[%s] %s" % (record.levelname, record.name)
        msg["From"] = "alerts@example.com"
        msg["To"] = self.to
        msg.set_content(self.format(record))
        with smtplib.SMTP(self.host, self.port, timeout=10) as s:
            s.send_message(msg)
