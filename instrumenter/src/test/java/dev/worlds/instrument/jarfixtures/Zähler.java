package dev.worlds.instrument.jarfixtures;

/** A class whose name, and so whose jar entry, is not ASCII. */
public class Zähler {
    private int stand;

    public void zählen() {
        stand++;
    }
}
