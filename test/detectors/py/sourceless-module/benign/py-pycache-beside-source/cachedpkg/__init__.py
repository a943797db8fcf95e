from .helpers import VALUE
