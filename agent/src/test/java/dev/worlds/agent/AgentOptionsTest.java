package dev.worlds.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AgentOptionsTest {
    @Test
    void readsJacocoStyleOptions() {
        AgentOptions options = AgentOptions.parse("includes=com.acme.**:org.lib.**,excludes=com.acme.cache.**,"
                + "failOnError=true,verbose=true");

        assertEquals(List.of("com.acme.**", "org.lib.**"), options.filter().includes());
        assertEquals(List.of("com.acme.cache.**"), options.filter().excludes());
        assertTrue(options.filter().matches("org.lib.deep.Node"));
        assertFalse(options.filter().matches("com.acme.cache.Entry"));
        assertFalse(options.filter().matches("com.other.Board"));
        assertTrue(options.failOnError());
        assertTrue(options.verbose());
    }

    @Test
    void failOnErrorAndVerboseAreOffUnlessAsked() {
        AgentOptions options = AgentOptions.parse("includes=com.acme.**");

        assertFalse(options.failOnError());
        assertFalse(options.verbose());
        assertEquals(List.of(), options.filter().excludes());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "includes=com.acme.**,includs=org.lib.**     | unknown option 'includs'",
        "includes=com.acme.**,,verbose=true          | an empty option",
        "includes=com.acme.**,verbose                | option 'verbose' has no value",
        "includes=a.**,includes=b.**                 | option 'includes' is given twice",
        "includes=com.acme.**,failOnError=yes        | option failOnError is 'yes'; it takes true or false",
        "excludes=com.acme.cache.**                  | no includes: name the classes to weave",
        "includes=com..acme                          | Malformed class pattern \"com..acme\"",
        "includes=com/acme/**                        | it contains a slash",
        "includes=                                   | Malformed class pattern \"\"",
    })
    void aWrongOptionIsNamedWithTheValidOnes(String options, String problem) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AgentOptions.parse(options));

        assertTrue(e.getMessage().startsWith("worlds-agent: "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertTrue(e.getMessage().contains("The options are includes, excludes, failOnError, verbose"), e.getMessage());
    }

    @Test
    void noOptionsAtAllAsksForIncludes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AgentOptions.parse(null));

        assertTrue(e.getMessage().contains("no includes: name the classes to weave, e.g. includes=com.acme.**"),
                e.getMessage());
    }
}
