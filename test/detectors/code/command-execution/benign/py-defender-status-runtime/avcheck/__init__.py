import subprocess


def defender_status():
    """Reports whether real-time protection is on (a read-only health check)."""
    out = subprocess.run(
        ['powershell', '-NoProfile', '-Command', 'Get-MpPreference | Select-Object DisableRealtimeMonitoring, ExclusionPath'],
        capture_output=True, text=True, check=False,
    )
    return out.stdout
