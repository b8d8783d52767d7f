package dev.worlds.instrument;

/**
 * A class could not be woven. The message names the class (and the method, where one is at
 * fault) and says what to do; {@link #source()} names the file it came from.
 */
public class WeavingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;

    public WeavingException(String source, String message, Throwable cause) {
        super(source == null ? message : source + ": " + message, cause);
        this.source = source;
    }

    public WeavingException(String source, String message) {
        this(source, message, null);
    }

    /** The class file or jar entry the failing class came from; null when woven from memory. */
    public String source() {
        return source;
    }
}
