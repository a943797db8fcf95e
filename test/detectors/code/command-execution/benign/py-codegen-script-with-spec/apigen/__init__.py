from ._api import NAMES
