"""A shell that caches compiled startup scripts; the run function picks eval or exec for its mode."""
import os

RC = os.path.expanduser("~/.shellkitrc")


def run_compiled(code, glb, loc, mode="exec"):
    func = eval if mode == "eval" else exec
    return func(code, glb, loc)


def load_rc():
    if os.path.exists(RC):
        with open(RC) as f:
            run_compiled(compile(f.read(), RC, "exec"), {}, None)


load_rc()
