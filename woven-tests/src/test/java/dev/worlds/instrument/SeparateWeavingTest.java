package dev.worlds.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library woven and packaged on its own, then an application woven against the library's jar:
 * the application's subclass must find the stamp in the library's woven superclass rather than
 * declare a second one.
 */
class SeparateWeavingTest {
    @TempDir
    Path work;

    @Test
    void subclassWovenAgainstAPreWovenLibraryJar() throws Exception {
        Path src = Files.createDirectories(work.resolve("src"));
        Files.writeString(src.resolve("Base.java"),
                "package lib; public class Base { public int level = 1; public void raise() { level++; } }");
        Files.writeString(src.resolve("Child.java"), String.join("\n",
                "package app;",
                "import dev.worlds.Worlds;",
                "public class Child extends lib.Base {",
                "  public String tag = \"t\";",
                "  public static String run() {",
                "    Child c = new Child();",
                "    Worlds.push();",
                "    c.raise(); c.tag = \"u\"; c.level += 5;",
                "    Worlds.pop();",
                "    return c.level + c.tag;",
                "  }",
                "}"));
        Path classes = Files.createDirectories(work.resolve("classes"));
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-d", classes.toString(),
                "-classpath", System.getProperty("java.class.path"),
                src.resolve("Base.java").toString(), src.resolve("Child.java").toString());
        assertEquals(0, status);

        // Library build: weave lib.Base alone and package it.
        byte[] base = Files.readAllBytes(classes.resolve("lib/Base.class"));
        byte[] wovenBase = new Weaver(new ClassHierarchy(new ClassFileLocator(List.of(classes)),
                name -> name.startsWith("lib/"))).weave(base, "lib/Base.class").bytes();
        Path jar = work.resolve("lib.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("lib/Base.class"));
            out.write(wovenBase);
            out.closeEntry();
        }

        // Application build: only app.* is woven; lib.Base comes from the jar, already woven.
        Files.delete(classes.resolve("lib/Base.class"));
        byte[] child = Files.readAllBytes(classes.resolve("app/Child.class"));
        ClassHierarchy appHierarchy = new ClassHierarchy(new ClassFileLocator(List.of(classes, jar)),
                name -> name.startsWith("app/"));
        assertEquals("lib/Base", appHierarchy.stampRoot("app/Child"));
        WeaveResult wovenChild = new Weaver(appHierarchy).weave(child, "app/Child.class");
        assertFalse(ClassInfo.read(wovenChild.bytes()).declaresStampField());
        assertTrue(wovenChild.warnings().isEmpty(), wovenChild.warnings().toString());

        WovenLoader loader = new WovenLoader(List.of(), name -> false)
                .withClassFile("lib/Base", wovenBase)
                .withClassFile("app/Child", wovenChild.bytes());
        assertEquals("1t", loader.loadClass("app.Child").getMethod("run").invoke(null));
    }
}
