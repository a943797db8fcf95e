import subprocess


def version_keyword(dist, keyword, value):
    if not value:
        return
    described = subprocess.check_output(['git', 'describe', '--tags', '--long', '--dirty'], text=True).strip()
    dist.metadata.version = described.lstrip('v').split('-')[0]
