/** Minimal types for seek-bzip 2.0 (pure-JS bzip2 decoder, ships no types); only what src/unpack uses. */
declare module 'seek-bzip' {
  interface ByteInput {
    readByte(): number;
    read(buffer: Uint8Array, offset: number, length: number): number;
    seek(position: number): void;
    eof(): boolean;
  }
  interface ByteOutput {
    writeByte(byte: number): void;
  }
  interface Bunzip {
    /** Decodes `input` into `output`; throws a TypeError with `errorCode` on bad data. */
    decode(input: ByteInput, output: ByteOutput, multistream?: boolean): void;
  }
  const bunzip: Bunzip;
  export default bunzip;
}
