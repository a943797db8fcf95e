import sys
open(sys.argv[1], "w").write("#define T 1\n")
