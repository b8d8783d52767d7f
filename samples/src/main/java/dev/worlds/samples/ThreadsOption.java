package dev.worlds.samples;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code --threads N} option of the search samples ({@code --threads=N} works too): with it a
 * sample searches with {@code dev.worlds.search.ParallelSearch} on N threads, without it it runs
 * its sequential search.
 *
 * <pre>{@code
 * ThreadsOption option = ThreadsOption.take(args);   // "12 --threads 4" -> threads 4, arguments [12]
 * }</pre>
 *
 * @param threads   the N given, or 0 when the option is absent
 * @param arguments the other arguments, in order
 */
public record ThreadsOption(int threads, List<String> arguments) {
    static final String NAME = "--threads";
    /** More threads than this is a typo, not a machine. */
    static final int MAX_THREADS = 1024;

    /** Splits {@code --threads N} off the arguments; a bad N is an IllegalArgumentException saying why. */
    public static ThreadsOption take(List<String> args) {
        List<String> rest = new ArrayList<>();
        int threads = 0;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value;
            if (arg.equals(NAME)) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(NAME + " needs a number of threads");
                }
                value = args.get(++i);
            } else if (arg.startsWith(NAME + "=")) {
                value = arg.substring(NAME.length() + 1);
            } else {
                rest.add(arg);
                continue;
            }
            threads = Args.intArg(List.of(value), 0, NAME, 0, 1, MAX_THREADS);
        }
        return new ThreadsOption(threads, List.copyOf(rest));
    }

    /** True when {@code --threads} was given: search in parallel. */
    public boolean parallel() {
        return threads > 0;
    }
}
