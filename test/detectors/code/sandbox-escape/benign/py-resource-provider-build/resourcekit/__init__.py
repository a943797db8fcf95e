"""Resource access for installed packages, the way a packaging toolkit bootstraps itself."""
import sys

__version__ = '66.1.1'

_provider_factories = {}


class DefaultProvider:
    def __init__(self, module):
        self.module = module


def register_loader_type(loader_type, provider_factory):
    _provider_factories[loader_type] = provider_factory


def get_provider(moduleOrReq):
    """Return a provider for the named module."""
    try:
        module = sys.modules[moduleOrReq]
    except KeyError:
        __import__(moduleOrReq)
        module = sys.modules[moduleOrReq]
    loader = getattr(module, '__loader__', None)
    return _provider_factories.get(type(loader), DefaultProvider)(module)


def resource_filename(package_or_requirement, resource_name):
    return get_provider(package_or_requirement).module.__name__ + '/' + resource_name


DATA_ROOT = resource_filename(__name__, 'data')
