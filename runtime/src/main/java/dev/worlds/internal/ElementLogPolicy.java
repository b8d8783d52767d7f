package dev.worlds.internal;

/**
 * The log-or-copy rule for array writes, and its limits: whether a world saves its next write to
 * an array as an element entry ({@link ArrayElement}) or by copying the array (or its chunk,
 * {@link ArrayChunk}). The counts it keeps per world live in the world's {@link WorldFrame}; the
 * rule and its limits live here.
 *
 * <p>An element entry is cheaper than a copy when a world writes few elements of an array (a
 * search step marks a handful of cells), and needs no stamp lookup; but it does not notice a
 * second write to the same element, so a world copies an array instead once it writes it
 * {@link #RUN_LIMIT} + 1 times in a row, and copies every array after {@link #LOG_LIMIT} element
 * entries. Measured on the search benchmarks (best of 60 solves, one JVM per setting, time over
 * hand-written undo): N-Queens, three arrays written once each per world: 2.3x copying every
 * array on its first write, 1.5x logging. Sudoku, one array written many times per world: 1.34x
 * copying, 1.59x logging the first 32 writes, 1.16x with this run limit of 1.
 */
final class ElementLogPolicy {
    /**
     * Array writes a world logs element by element before it copies chunks instead: about the
     * writes of one search step. Set with the system property {@code worlds.arrayElementLogLimit}
     * (0 copies from the first write). Past the limit a rollback costs one copy per chunk however
     * often the world rewrote it, which keeps rollback proportional to the chunks modified.
     */
    static final int LOG_LIMIT = Integer.getInteger("worlds.arrayElementLogLimit", 32);

    /**
     * Element entries in a row for one array after which its next write copies it instead: the
     * second write in a row means a loop over the array, which the copy puts on the fast path.
     * Set with the system property {@code worlds.arrayElementRunLimit}.
     */
    static final int RUN_LIMIT = Integer.getInteger("worlds.arrayElementRunLimit", 1);

    /**
     * Arrays of at most this many elements are logged on every write, whatever the run and the
     * {@link #LOG_LIMIT}: copying one saves as many values as a few writes would, and costs an
     * allocation and a stamp-table update besides (Choco's two-word bit sets: the Golomb ruler
     * copied 122 of them per search node). Set with {@code worlds.arrayElementTinyLength}.
     */
    static final int TINY_LENGTH = Integer.getInteger("worlds.arrayElementTinyLength", 4);

    /**
     * Element entries for tiny arrays after which a world copies them like the others: bounds a
     * world that rewrites a tiny array in a long loop to a fixed amount of log.
     */
    static final int TINY_LOG_LIMIT = Integer.getInteger("worlds.arrayElementTinyLogLimit", 4096);

    private ElementLogPolicy() {
    }

    /**
     * Whether {@code world} saves its next write to {@code array} (of {@code length} elements) as
     * an element entry (and counts it), rather than by copying the array. An array of at most
     * {@link #TINY_LENGTH} elements is always logged, up to {@link #TINY_LOG_LIMIT} entries: a copy
     * of it saves no more than its writes would and costs an allocation and a stamp-table update.
     * A larger array is logged while the world has logged fewer than {@link #LOG_LIMIT} elements,
     * and not after {@link #RUN_LIMIT} entries in a row for it. A run means a loop over one array,
     * which a copy turns into fast-path writes; writes that alternate between arrays are cheaper
     * logged.
     *
     * <p>Switching to another array is also where the world makes sure it may save that array at
     * all ({@link ArrayOwnership#claim}, with {@code held}, the claims of the world's thread): a
     * conflict throws before anything is logged, and a run of entries for one array needs no
     * further look, since only the end of this world or of an outer one can release it.
     */
    static boolean logs(HeldArrays held, WorldFrame world, Object array, int length) {
        if (array != world.lastLoggedArray) {
            ArrayOwnership.claim(held, world, array);
            world.lastLoggedArray = array;
            world.lastLoggedArrayRun = 0;
        }
        if (length <= TINY_LENGTH && world.loggedTinyElements < TINY_LOG_LIMIT) {
            world.loggedTinyElements++;
            return true;
        }
        if (world.loggedArrayElements >= LOG_LIMIT || world.lastLoggedArrayRun >= RUN_LIMIT) {
            return false;
        }
        world.lastLoggedArrayRun++;
        world.loggedArrayElements++;
        return true;
    }
}
