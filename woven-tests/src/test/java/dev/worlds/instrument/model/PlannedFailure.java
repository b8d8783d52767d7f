package dev.worlds.instrument.model;

/**
 * The exceptions a speculate or attempt body throws on purpose. Own types, so that no exception
 * of the library (a {@code WorldStateException} is an {@code IllegalStateException}) can be taken
 * for them; the runner also checks identity.
 */
public final class PlannedFailure {
    private PlannedFailure() {
    }

    /** Unchecked, for {@code Runnable} and {@code BooleanSupplier} bodies. */
    public static final class Unchecked extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Unchecked(String step) {
            super("planned failure of the body of step " + step);
        }
    }

    /** Checked, for {@code Callable} bodies. */
    public static final class Checked extends Exception {
        private static final long serialVersionUID = 1L;

        public Checked(String step) {
            super("planned failure of the body of step " + step);
        }
    }
}
