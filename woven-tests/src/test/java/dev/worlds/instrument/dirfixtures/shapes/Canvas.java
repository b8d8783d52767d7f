package dev.worlds.instrument.dirfixtures.shapes;

import dev.worlds.instrument.dirfixtures.other.Palette;

/** Writes a field of {@link Palette}, which some tests leave unwoven (a warning then). */
public class Canvas {
    public final Palette palette = new Palette();
    public String title = "untitled";

    public void paint(String color) {
        palette.color = color;
    }
}
