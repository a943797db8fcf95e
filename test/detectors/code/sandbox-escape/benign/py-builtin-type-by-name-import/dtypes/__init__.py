"""Number types indexed by bit width, built at import from the builtin type of each name."""
import builtins


def _build_number_equivalents(builtin_name, sizes):
    builtin_type = getattr(builtins, builtin_name, None)
    return {size: [builtin_type, f"{builtin_name}{size}"] for size in sizes}


_int_equivalents = _build_number_equivalents(builtin_name="int", sizes=[64, 32, 16, 8])
_float_equivalents = _build_number_equivalents("float", [64, 32, 16])
