"""Fetches a dataset with curl when asked to, and unpacks it."""
import subprocess


def fetch(url, path):
    subprocess.check_call(f"curl -L -o {path} {url}", shell=True)
    subprocess.check_call(["tar", "xzf", path])
