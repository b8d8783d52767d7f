package dev.worlds.instrument.dirfixtures.shapes;

/** Abstract root of a woven hierarchy: declares the stamp its subclasses share. */
public abstract class Shape {
    protected int x;
    protected int y;

    public void moveTo(int x, int y) {
        this.x = x;
        this.y = y;
    }

    public int x() {
        return x;
    }

    public int y() {
        return y;
    }
}
