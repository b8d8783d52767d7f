package dev.worlds.instrument.dirfixtures.other;

public class Palette {
    public String color = "white";
}
