package com.example.lib;

import java.util.zip.Inflater;

/** Hands an array to a JDK method that writes into it: the weaver warns about the call. */
public final class Checksums {
    private Checksums() {
    }

    public static int inflate(Inflater inflater, byte[] into) throws java.util.zip.DataFormatException {
        return inflater.inflate(into);
    }
}
