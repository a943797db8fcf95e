from .testing import assert_close  # noqa: F401
from .shell import add_to_path  # noqa: F401
