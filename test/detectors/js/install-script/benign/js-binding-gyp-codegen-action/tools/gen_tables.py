import sys

POLY = 0xEDB88320


def table():
    out = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ POLY if c & 1 else c >> 1
        out.append(c)
    return out


with open(sys.argv[1], "w") as f:
    f.write("static const unsigned int CRC_TABLE[256] = {%s};\n" % ", ".join(hex(x) for x in table()))
