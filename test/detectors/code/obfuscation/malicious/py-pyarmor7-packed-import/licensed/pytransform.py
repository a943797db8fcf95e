# Stand-in for PyArmor 7's runtime module (the real one loads a native library that decrypts the bytecode).
def pyarmor_runtime(path=None):
    return None
