package com.example.model;

import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/** Hands its buffer to a JDK method that only reads it and to one that writes into it. */
public class Compressor {
    private final byte[] buffer = new byte[64];
    private final CRC32 crc = new CRC32();

    /** Declared read-only in the pom: no warning. */
    public long checksum() {
        crc.update(buffer, 0, buffer.length);
        return crc.getValue();
    }

    /** Writes into the buffer, untracked: a warning. */
    public int inflate(Inflater inflater) throws DataFormatException {
        return inflater.inflate(buffer);
    }
}
