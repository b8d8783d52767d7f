package dev.worlds.search;

/**
 * N-Queens state in plain fields, woven by the build as a user's state is: queens placed row by
 * row, occupied columns and diagonals as bit masks. Nothing takes a queen off: only the worlds'
 * rollback does.
 */
final class QueensBoard {
    /** Known solution counts (OEIS A000170), index n. */
    static final long[] KNOWN = {1, 1, 0, 0, 2, 10, 4, 40, 92, 352, 724};

    /** Places a queen in column {@code alternative} of the next row. */
    static final Branching<QueensBoard> BRANCHING = new Branching<>() {
        @Override
        public int alternatives(QueensBoard board) {
            return board.row < board.n ? board.n : 0;
        }

        @Override
        public boolean apply(QueensBoard board, int column) {
            return board.place(column);
        }
    };

    /** The same, but attacked columns are skipped before a world is opened for them. */
    static final Branching<QueensBoard> SKIPPING_ATTACKED = new Branching<>() {
        @Override
        public int alternatives(QueensBoard board) {
            return BRANCHING.alternatives(board);
        }

        @Override
        public boolean canApply(QueensBoard board, int column) {
            return !board.attacked(column);
        }

        @Override
        public boolean apply(QueensBoard board, int column) {
            if (board.attacked(column)) {
                throw new AssertionError("apply() called for an alternative canApply() rejected");
            }
            return board.place(column);
        }
    };

    private final int n;
    private int row;
    private int columns;
    private int diagonals;
    private int antiDiagonals;
    /** The column of the queen in each row, four bits a row. */
    private long placement;

    QueensBoard(int n) {
        this.n = n;
    }

    boolean isFull() {
        return row == n;
    }

    boolean isEmpty() {
        return row == 0 && columns == 0 && diagonals == 0 && antiDiagonals == 0 && placement == 0;
    }

    /** True if exactly {@code columns.length} queens are on the board, in these columns row by row. */
    boolean hasPlaced(int... columns) {
        long expected = 0;
        for (int r = 0; r < columns.length; r++) {
            expected |= (long) columns[r] << 4 * r;
        }
        return row == columns.length && placement == expected;
    }

    long placement() {
        return placement;
    }

    boolean attacked(int column) {
        return (columns & 1 << column) != 0 || (diagonals & 1 << row + column) != 0
                || (antiDiagonals & 1 << row - column + n - 1) != 0;
    }

    /** Writes the masks before testing them, so a failed placement leaves state only a rollback removes. */
    boolean place(int column) {
        boolean free = (columns & 1 << column) == 0 && (diagonals & 1 << row + column) == 0
                && (antiDiagonals & 1 << row - column + n - 1) == 0;
        columns |= 1 << column;
        diagonals |= 1 << row + column;
        antiDiagonals |= 1 << row - column + n - 1;
        placement |= (long) column << 4 * row;
        row++;
        return free;
    }

    /**
     * Solutions, nodes (alternatives applied) and queens placed (alternatives not attacked) of the
     * plain recursive search.
     */
    static long[] sequentialCounts(int n) {
        long[] counts = new long[3];
        count(n, 0, 0, 0, 0, counts);
        return counts;
    }

    private static void count(int n, int row, int columns, int diagonals, int antiDiagonals, long[] counts) {
        if (row == n) {
            counts[0]++;
            return;
        }
        for (int column = 0; column < n; column++) {
            counts[1]++;
            if ((columns & 1 << column) == 0 && (diagonals & 1 << row + column) == 0
                    && (antiDiagonals & 1 << row - column + n - 1) == 0) {
                counts[2]++;
                count(n, row + 1, columns | 1 << column, diagonals | 1 << row + column,
                        antiDiagonals | 1 << row - column + n - 1, counts);
            }
        }
    }
}
