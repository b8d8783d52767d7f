package dev.worlds.instrument.multirelease;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** The runtime's marker, redeclared: {@link Java21Copy} matches it by simple name. */
@Retention(RetentionPolicy.CLASS)
@interface Java21Bridge {
    String name();

    String returns();
}
