package dev.worlds.instrument.jarfixtures;

/** Extends a class of the same jar: woven, it uses its superclass's stamp. */
public class Sub extends Counter {
    private String label;

    public void label(String newLabel) {
        label = newLabel;
    }
}
