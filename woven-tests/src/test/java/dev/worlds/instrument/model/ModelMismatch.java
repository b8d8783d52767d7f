package dev.worlds.instrument.model;

/**
 * The real state or the Worlds API disagreed with the model. Thrown by the woven runner and
 * turned into the failure description of the run; it passes through speculate and attempt
 * bodies like any other exception, which those rethrow unchanged.
 */
public final class ModelMismatch extends AssertionError {
    private static final long serialVersionUID = 1L;

    public ModelMismatch(String message) {
        super(message);
    }

    public ModelMismatch(String message, Throwable cause) {
        super(message, cause);
    }
}
