package dev.worlds.instrument.dirfixtures.shapes;

public class Circle extends Shape {
    public double radius;

    public Circle(double radius) {
        this.radius = radius;
        Registry.created++;
    }
}
