import sys


def main(spec, out):
    with open(spec, encoding="utf-8") as f:
        names = [line.split(":")[0].strip() for line in f if line.strip() and not line.startswith("#")]
    with open(out, "w", encoding="utf-8") as f:
        f.write("NAMES = %r\n" % (names,))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
