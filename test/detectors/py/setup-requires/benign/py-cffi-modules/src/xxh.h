unsigned long long xxh_hash64(const void *data, size_t len, unsigned long long seed);
