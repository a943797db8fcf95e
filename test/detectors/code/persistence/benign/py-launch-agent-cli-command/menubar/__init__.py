import threading

from .cache import warm_cache

# Warming the icon cache in the background on import; the launch agent is installed only by the CLI.
threading.Thread(target=warm_cache, daemon=True).start()
