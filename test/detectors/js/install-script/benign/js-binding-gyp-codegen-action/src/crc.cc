int crc;
