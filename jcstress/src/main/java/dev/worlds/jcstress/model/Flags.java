package dev.worlds.jcstress.model;

/** Two fields of one object, one per thread: a conflict is about the object, not the field. */
public final class Flags {
    public int a;
    public int b;

    public void setA(int value) {
        a = value;
    }

    public void setB(int value) {
        b = value;
    }
}
