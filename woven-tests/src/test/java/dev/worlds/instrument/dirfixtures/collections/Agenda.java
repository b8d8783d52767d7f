package dev.worlds.instrument.dirfixtures.collections;

import java.util.ArrayList;
import java.util.List;

/** A class whose collection the weaver replaces, unless told not to. */
public class Agenda {
    final List<String> items = new ArrayList<>();

    void add(String item) {
        items.add(item);
    }
}
