import sys
open(sys.argv[1], "w").write("#define GRID 1\n")
