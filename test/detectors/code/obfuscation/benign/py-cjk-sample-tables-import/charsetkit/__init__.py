from .constant import IANA_SUPPORTED, COMMON_CJK_CHARACTERS  # noqa: F401

__version__ = '3.4.7'
