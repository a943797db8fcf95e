import subprocess


def tag(version, message):
    # A plain template the caller's arguments fill in: a command built at run time, as before.
    subprocess.run('git tag -a {0} -m "{1}"'.format(version, message), shell=True, check=True)
