from ._xxh import ffi, lib


def hash64(data, seed=0):
    return lib.xxh_hash64(ffi.from_buffer(data), len(data), seed)
