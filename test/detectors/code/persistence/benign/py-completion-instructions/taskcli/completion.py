import sys

SCRIPT = 'complete -W "add list done" taskcli\n'


def print_completion(shell='bash'):
    """Print the completion script; the user adds `eval "$(taskcli completion)"` to ~/.bashrc themselves."""
    if shell != 'bash':
        sys.stderr.write('only bash is supported\n')
        return 1
    sys.stdout.write(SCRIPT)
    sys.stderr.write('To enable it, add this line to ~/.bashrc: eval "$(taskcli completion)"\n')
    return 0
