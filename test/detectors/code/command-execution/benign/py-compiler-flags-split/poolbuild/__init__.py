"""Builds the bundled thread pool on demand, with flags kept in one string as many old helpers do."""
import subprocess


def compiler():
    return "cc"


def build():
    subprocess.check_call([compiler()] + " -O2 -fPIC -o build/threadpool.o -c src/threadpool.c".split())
    subprocess.check_call([compiler()] + " -shared -o build/libpool.so build/threadpool.o".split())


if __name__ == "__main__":
    build()
