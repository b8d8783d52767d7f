package dev.worlds.instrument.internal;

/**
 * What the weaver does at one {@code putfield} or {@code putstatic}, decided once by
 * {@link FieldWriteDecisions} and carried out by {@link FieldWriteBarrier}.
 *
 * @param kind         what happens at the write
 * @param barrierClass the class whose barrier method is called ({@link Kind#BARRIER},
 *                     {@link Kind#STATIC_BARRIER}); null otherwise
 * @param reason       why the write has no barrier of its own (for {@link Kind#WARNING}, the
 *                     warning reported); null for a barrier
 */
record FieldWriteDecision(Kind kind, String barrierClass, String reason) {
    enum Kind {
        /** {@code Owner.$worlds$barrier(receiver, comparand)} before the write. */
        BARRIER,
        /** {@code Declaring.$worlds$staticBarrier(comparand)} before the write. */
        STATIC_BARRIER,
        /** A barrier that has just run on the same object ({@link RepeatedBarrierAnalysis}): none. */
        REPEATED_BARRIER,
        /** Nothing to track (a final or {@code @Untracked} field, a new object, class initialization). */
        NOT_TRACKED,
        /** A write that should be tracked but cannot be: no barrier, and {@link #reason} is reported. */
        WARNING
    }

    static FieldWriteDecision barrier(String owner) {
        return new FieldWriteDecision(Kind.BARRIER, owner, null);
    }

    static FieldWriteDecision staticBarrier(String declaringClass) {
        return new FieldWriteDecision(Kind.STATIC_BARRIER, declaringClass, null);
    }

    static FieldWriteDecision notTracked(String reason) {
        return new FieldWriteDecision(Kind.NOT_TRACKED, null, reason);
    }

    static FieldWriteDecision warning(String warning) {
        return new FieldWriteDecision(Kind.WARNING, null, warning);
    }

    static final FieldWriteDecision REPEATED = new FieldWriteDecision(Kind.REPEATED_BARRIER, null,
            "repeats the barrier that has just run on the same object");

    /** The write gets a barrier call, which reads the method's comparand. */
    boolean hasBarrier() {
        return kind == Kind.BARRIER || kind == Kind.STATIC_BARRIER;
    }
}
