# A plugin manager that installs a plugin module when the user asks for it (a function nobody calls at
# import time): loading what it fetched is the feature, on request.
import importlib.util
import os
import urllib.request


def install_plugin(name, index_url, folder):
    path = os.path.join(folder, name + '.py')
    urllib.request.urlretrieve(index_url + '/' + name + '.py', path)
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
