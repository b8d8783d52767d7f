package dev.worlds.instrument.dirfixtures.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.worlds.World;
import dev.worlds.Worlds;

/** Runs from a woven class directory: a rollback restores the state of every woven class. */
public class ShapesScenario {
    public static void rollbackRestoresEveryClass() {
        Circle circle = new Circle(1.5);
        circle.moveTo(1, 2);
        Canvas canvas = new Canvas();
        int created = Registry.created;
        try (World world = Worlds.push()) {
            circle.moveTo(5, 6);
            circle.radius = 9;
            canvas.title = "draft";
            canvas.paint("red");
            new Circle(3);
            Registry.created = 42;
        }
        assertEquals(1, circle.x());
        assertEquals(2, circle.y());
        assertEquals(1.5, circle.radius);
        assertEquals("untitled", canvas.title);
        assertEquals("white", canvas.palette.color);
        assertEquals(created, Registry.created);
    }
}
