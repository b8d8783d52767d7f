package dev.worlds.instrument.dirfixtures.arraycalls;

import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/** Hands its arrays to two JDK methods the weaver does not track: two warnings unless silenced. */
public class Compressor {
    private final byte[] buffer = new byte[64];
    private final CRC32 crc = new CRC32();

    /** Only reads the buffer, but the weaver cannot know that. */
    public long checksum() {
        crc.update(buffer);
        return crc.getValue();
    }

    /** Writes into the buffer, untracked. */
    public int inflate(Inflater inflater) throws DataFormatException {
        return inflater.inflate(buffer);
    }
}
