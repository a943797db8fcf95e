from .env import initial_compile_time_env

# Built once on import, like a compiler's scanner does.
COMPILE_TIME_ENV = initial_compile_time_env()
