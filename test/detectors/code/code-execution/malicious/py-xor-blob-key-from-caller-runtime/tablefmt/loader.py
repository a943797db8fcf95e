# Defanged: the payload (here two prints) is kept XOR-encrypted as hex; the key comes from the caller, which
# starts this in a detached interpreter the first time a table row is added.
BLOB = "acc63cec8f95e5db20e28987aad921898d93acc538abdf85a0cd2ded9a84a18b2aea8595b0d929b9dd80e5db2dfa918ea4cf6cf49294a9cf6cf1888fe5c329f198c1aac56eafdd91a9ca38e59293a8853ffa8e95a0c664aad4ebb5d925ed89c9e7ca22e7dd82aac538e29e95e7876ca1bca581f91fa1d4eb"


def start(key_hex):
    enc = bytearray.fromhex(BLOB)
    key = bytearray.fromhex(key_hex)
    plain = bytearray([enc[i] ^ key[i % 6] for i in range(0, len(enc))])
    code = plain.decode("ascii").replace("ADDRS", "example.invalid")
    # ruleid: code/code-execution
    exec(code)
