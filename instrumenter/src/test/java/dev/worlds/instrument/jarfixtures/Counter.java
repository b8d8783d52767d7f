package dev.worlds.instrument.jarfixtures;

/** A library class with state in a field and an array, put into test jars. */
public class Counter {
    protected int count;
    private final int[] recent = new int[4];

    public void add(int amount) {
        recent[count % recent.length] = amount;
        count++;
    }
}
