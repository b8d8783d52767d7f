package dev.worlds.instrument.model;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Values for each field kind: the edge values a save log could mangle (sign bits, values that
 * differ only in the upper half of a long, NaNs with payloads, signalling NaNs, -0.0) mixed with
 * random ones. Each list starts with 0 (or null) so that shrinking heads for it.
 */
final class FieldValues {
    private static final List<Long> INTS = List.of(0L, 1L, -1L, (long) Integer.MIN_VALUE,
            (long) Integer.MAX_VALUE, 0x10000L);
    private static final List<Long> LONGS = List.of(0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE,
            0xFFFF_FFFFL, 0x1_0000_0000L, 0xFFFF_FFFF_0000_0000L);
    private static final List<Long> FLOAT_BITS = List.of(0L, 0x8000_0000L, 0x7fc0_0000L, 0x7fc0_0123L,
            0xffc0_0000L, 0x7f80_0001L, 0x7f80_0000L, 0xff80_0000L, 1L, 0x3f80_0000L);
    private static final List<Long> DOUBLE_BITS = List.of(0L, 0x8000_0000_0000_0000L,
            0x7ff8_0000_0000_0000L, 0x7ff8_0000_0000_0abcL, 0xfff8_0000_0000_0000L,
            0x7ff0_0000_0000_0001L, 0x7ff0_0000_0000_0000L, 0xfff0_0000_0000_0000L, 1L,
            0x3ff0_0000_0000_0000L);

    private FieldValues() {
    }

    /** Values for {@code kind}, already canonical; for references, slot ordinals or -1. */
    static Arbitrary<Long> of(FieldKind kind) {
        switch (kind) {
            case BOOLEAN:
                return Arbitraries.of(0L, 1L);
            case BYTE:
                return edgesOr(List.of(0L, 1L, -1L, 127L, -128L), Arbitraries.bytes().map(Long::valueOf));
            case SHORT:
                return edgesOr(List.of(0L, -1L, 32767L, -32768L), Arbitraries.shorts().map(Long::valueOf));
            case CHAR:
                return edgesOr(List.of(0L, (long) 'A', 0xffffL, 0x8000L, 0xd800L),
                        Arbitraries.chars().map(c -> (long) c));
            case INT:
                return edgesOr(INTS, Arbitraries.integers().map(Long::valueOf));
            case LONG:
                return edgesOr(LONGS, Arbitraries.longs());
            case FLOAT:
                return edgesOr(FLOAT_BITS, Arbitraries.integers().map(Long::valueOf))
                        .map(kind::canonical);
            case DOUBLE:
                return edgesOr(DOUBLE_BITS, Arbitraries.longs());
            default:
                return references(kind);
        }
    }

    private static Arbitrary<Long> references(FieldKind kind) {
        Long[] choices = new Long[1 + Slot.fitting(kind).size()];
        choices[0] = -1L;
        int i = 1;
        for (Slot slot : Slot.fitting(kind)) {
            choices[i++] = (long) slot.ordinal();
        }
        return Arbitraries.of(choices);
    }

    @SuppressWarnings("unchecked")
    private static Arbitrary<Long> edgesOr(List<Long> edges, Arbitrary<Long> random) {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(edges)),
                Tuple.of(1, random));
    }
}
