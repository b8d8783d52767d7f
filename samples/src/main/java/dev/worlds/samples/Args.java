package dev.worlds.samples;

import java.util.List;

/** Command-line argument helpers of the samples: every mistake is an IllegalArgumentException that says what was wrong. */
public final class Args {
    private Args() {
    }

    /** Rejects arguments beyond the first {@code max}. */
    public static void atMost(List<String> args, int max) {
        if (args.size() > max) {
            throw new IllegalArgumentException("unexpected argument '" + args.get(max) + "'");
        }
    }

    /** The whole number at {@code index}, or {@code fallback} when absent; must lie in {@code min..max}. */
    public static int intArg(List<String> args, int index, String name, int fallback, int min, int max) {
        return (int) longArg(args, index, name, fallback, min, max);
    }

    /** The whole number at {@code index}, or {@code fallback} when absent; must lie in {@code min..max}. */
    public static long longArg(List<String> args, int index, String name, long fallback, long min, long max) {
        if (index >= args.size()) {
            return fallback;
        }
        String text = args.get(index);
        long value;
        try {
            value = Long.parseLong(text.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + text + "'");
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    /** The number at {@code index}, or {@code fallback} when absent; must lie in {@code min..max}. */
    public static double doubleArg(List<String> args, int index, String name, double fallback, double min, double max) {
        if (index >= args.size()) {
            return fallback;
        }
        String text = args.get(index);
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, got '" + text + "'");
        }
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", got " + text);
        }
        return value;
    }

    /** Seconds with two significant decimals for short times: "0.84 s", "12.3 s". */
    public static String seconds(long nanos) {
        double s = nanos / 1e9;
        return s < 10 ? String.format("%.2f s", s) : String.format("%.1f s", s);
    }
}
