from cffi import FFI

ffi = FFI()
ffi.cdef('unsigned long long xxh_hash64(const void *data, size_t len, unsigned long long seed);')
ffi.set_source('xxh._xxh', '#include "xxh.h"', sources=['src/xxh.c'], include_dirs=['src'])

if __name__ == '__main__':
    ffi.compile(verbose=True)
