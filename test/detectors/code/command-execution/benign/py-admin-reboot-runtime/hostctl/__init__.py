import subprocess
import sys


def reboot(delay_minutes=1):
    """Fleet tool: restart this host when the operator asks for it."""
    if sys.platform == 'win32':
        return subprocess.run(['shutdown', '/r', '/t', str(delay_minutes * 60)], check=True)
    return subprocess.run(['sudo', 'shutdown', '-r', f'+{delay_minutes}'], check=True)


def run_hidden(script_path, *args):
    """Run a maintenance script of the operator's without flashing a console window."""
    return subprocess.run(
        ['powershell.exe', '-NoProfile', '-ExecutionPolicy', 'RemoteSigned', '-File', script_path, *args],
        capture_output=True, text=True, check=False, creationflags=getattr(subprocess, 'CREATE_NO_WINDOW', 0),
    )
