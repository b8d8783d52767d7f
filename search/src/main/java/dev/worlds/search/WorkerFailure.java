package dev.worlds.search;

/** An exception a worker's user code threw, with the worker's name and the path it was at. */
record WorkerFailure(String worker, int[] path, Throwable cause) {
}
