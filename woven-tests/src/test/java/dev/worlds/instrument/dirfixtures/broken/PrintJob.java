package dev.worlds.instrument.dirfixtures.broken;

/** Weavable, but its superclass {@link Job} is not: it must not count on Job's stamp. */
public class PrintJob extends Job {
    public int pages;

    @Override
    public void run() {
        pages++;
        done++;
    }
}
