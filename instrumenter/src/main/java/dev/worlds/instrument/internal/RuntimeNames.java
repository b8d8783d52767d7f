package dev.worlds.instrument.internal;

import org.objectweb.asm.Opcodes;

/**
 * Names in the Worlds runtime and in woven classes that the weaver refers to. The instrumenter
 * does not depend on the runtime at build time; these strings are the whole contract between
 * them, and the runtime's tests load classes woven with them.
 */
public final class RuntimeNames {
    private RuntimeNames() {
    }

    public static final String PREFIX = "$worlds$";

    public static final String OBJECT_DESC = "Ljava/lang/Object;";

    // Packages of the runtime: never woven; the collections replacing the JDK's.
    public static final String API_PACKAGE = "dev/worlds";
    public static final String INTERNAL_PACKAGE = "dev/worlds/internal/";
    /** {@code java/util/X} becomes {@code TRACKED_COLLECTIONS_PACKAGE + TRACKED_COLLECTION_PREFIX + X}. */
    public static final String TRACKED_COLLECTIONS_PACKAGE = "dev/worlds/collections/";
    public static final String TRACKED_COLLECTION_PREFIX = "Tracked";

    // Annotations users write.
    public static final String UNTRACKED_DESC = "Ldev/worlds/Untracked;";
    public static final String SPECULATIVE_DESC = "Ldev/worlds/Speculative;";

    /** Invisible class annotation marking a woven class; its presence means "never weave again". */
    public static final String WOVEN_MARKER_DESC = "Ldev/worlds/internal/Woven;";

    // Runtime classes.
    public static final String RUNTIME = "dev/worlds/internal/WorldsRuntime";
    public static final String TRACKED = "dev/worlds/internal/Tracked";
    public static final String LOG = "dev/worlds/internal/WorldLog";
    public static final String LOG_DESC = "L" + LOG + ";";
    public static final String STATIC_STATE = "dev/worlds/internal/StaticState";
    public static final String STATIC_STATE_DESC = "L" + STATIC_STATE + ";";
    public static final String SPECULATION = "dev/worlds/internal/Speculation";
    /** Array stores, array creation and JDK array-writer calls of woven code go through this. */
    public static final String ARRAY_WRITES = "dev/worlds/internal/ArrayWrites";
    /** The stores of loops that fill one array in order, saved once before the loop. */
    public static final String LOOP_ARRAY_WRITES = "dev/worlds/internal/LoopArrayWrites";
    public static final String WORLD = "dev/worlds/World";
    /** The public API; a {@code @Speculative} wrapper opens its world with {@code Worlds.push()}. */
    public static final String WORLDS = "dev/worlds/Worlds";
    public static final String PUSH = "push";
    public static final String WORLD_DESC = "L" + WORLD + ";";
    public static final String PUSH_DESC = "()" + WORLD_DESC;

    // Members of WorldsRuntime.
    public static final String CURRENT = "current";
    /** What a thread's field barriers compare stamps with: its innermost world, or null. */
    public static final String COMPARAND = "comparand";
    public static final String COMPARAND_DESC = "()Ljava/lang/Object;";
    public static final String SAVE = "save";
    public static final String SAVE_DESC = "(L" + TRACKED + ";)V";
    public static final String NEW_STAMP = "newStamp";
    public static final String NEW_STAMP_DESC = "()Ljava/lang/Object;";
    /** Given each object {@code clone()} returned in woven code: the copy is a new object. */
    public static final String CLONED = "cloned";
    public static final String CLONED_DESC = "(Ljava/lang/Object;)V";
    /** Bracket a static initializer: objects it creates are not new in the world open at the time. */
    public static final String BEGIN_CLASS_INIT = "beginClassInit";
    public static final String END_CLASS_INIT = "endClassInit";
    /** Called by the static initializer of a woven class that has neither stamp nor tracked statics. */
    public static final String CLASS_INITIALIZED = "wovenClassInitialized";
    public static final String CLASS_INIT_HOOK_DESC = "()V";

    // Members of StaticState, Speculation, WorldLog.
    public static final String STATIC_STATE_OF = "of";
    public static final String STATIC_STATE_OF_DESC = "(Ljava/lang/invoke/MethodHandles$Lookup;)" + STATIC_STATE_DESC;
    public static final String STATIC_STATE_STAMP = "stamp";
    public static final String SPECULATION_END = "end";
    public static final String SPECULATION_END_DESC = "(" + WORLD_DESC + ")V";
    public static final String SPECULATION_ABORT = "abort";
    public static final String SPECULATION_ABORT_DESC = "(" + WORLD_DESC + "Ljava/lang/Throwable;)V";
    /** {@code WorldLog.save<Kind>(value)} and {@code restore<Kind>()}, Kind from the field's erased type. */
    public static final String LOG_SAVE_PREFIX = "save";
    public static final String LOG_RESTORE_PREFIX = "restore";

    // Members of ArrayWrites and LoopArrayWrites.
    public static final String ARRAY_CREATED = "created";
    public static final String ARRAY_CREATED_DESC = "(Ljava/lang/Object;)V";
    /** Before a JDK method writes the whole array. */
    public static final String BEFORE_WHOLE_WRITE = "beforeWholeWrite";
    public static final String BEFORE_WHOLE_WRITE_DESC = "(Ljava/lang/Object;)V";
    /** Before it writes from an index to the end. */
    public static final String BEFORE_WRITE_FROM = "beforeWriteFrom";
    public static final String BEFORE_WRITE_FROM_DESC = "(Ljava/lang/Object;I)V";
    /** Before it writes {@code (array, offset, length)}, or {@code (array, from, to)}. */
    public static final String BEFORE_OFFSET_WRITE = "beforeOffsetWrite";
    public static final String BEFORE_RANGE_WRITE = "beforeRangeWrite";
    public static final String BEFORE_RANGE_DESC = "(Ljava/lang/Object;II)V";
    public static final String LOOP_PREPARE = "prepare";
    public static final String LOOP_PREPARE_DESC = "(Ljava/lang/Object;II)V";

    /** Method name and descriptor per store instruction, indexed by {@code opcode - IASTORE}. */
    private static final String[][] ARRAY_STORES = {
        {"storeInt", "([III)V"},                                          // IASTORE
        {"storeLong", "([JIJ)V"},                                         // LASTORE
        {"storeFloat", "([FIF)V"},                                        // FASTORE
        {"storeDouble", "([DID)V"},                                       // DASTORE
        {"storeRef", "([Ljava/lang/Object;ILjava/lang/Object;)V"},        // AASTORE
        {"storeByteOrBoolean", "(Ljava/lang/Object;II)V"},                // BASTORE: byte[] or boolean[]
        {"storeChar", "([CIC)V"},                                         // CASTORE
        {"storeShort", "([SIS)V"},                                        // SASTORE
    };

    /**
     * Name and descriptor of the {@code ArrayWrites} (and {@code LoopArrayWrites}) method that takes
     * the place of an array store instruction.
     */
    public static String[] arrayStore(int storeOpcode) {
        return ARRAY_STORES[storeOpcode - Opcodes.IASTORE].clone();
    }

    /** Where woven code's {@code spliterator()} calls go when their receiver may be a tracked priority queue. */
    public static final String TRACKED_PRIORITY_QUEUE = "dev/worlds/collections/TrackedPriorityQueue";
    public static final String SPLITERATOR_OF = "spliteratorOf";
    public static final String SPLITERATOR_OF_DESC = "(Ljava/lang/Iterable;)Ljava/util/Spliterator;";

    // Members added to woven classes.
    public static final String STAMP_FIELD = PREFIX + "stamp";
    public static final String STAMP_FIELD_DESC = OBJECT_DESC;
    public static final String STAMP_GETTER = PREFIX + "stamp";
    public static final String STAMP_GETTER_DESC = "()" + STAMP_FIELD_DESC;
    public static final String STAMP_SETTER = PREFIX + "setStamp";
    public static final String STAMP_SETTER_DESC = "(" + STAMP_FIELD_DESC + ")V";
    public static final String STAMP_CLAIM = PREFIX + "claimStamp";
    public static final String STAMP_CLAIM_DESC = "(Ljava/lang/Object;Ljava/lang/Object;)Z";
    public static final String STAMP_HANDLE_FIELD = PREFIX + "stampHandle";
    public static final String VAR_HANDLE = "java/lang/invoke/VarHandle";
    public static final String VAR_HANDLE_DESC = "L" + VAR_HANDLE + ";";
    public static final String LOOKUP_DESC = "Ljava/lang/invoke/MethodHandles$Lookup;";
    public static final String STAMP_HANDLE = "stampHandle";
    public static final String STAMP_HANDLE_DESC = "(" + LOOKUP_DESC + ")" + VAR_HANDLE_DESC;
    public static final String SAVE_METHOD = PREFIX + "save";
    public static final String RESTORE_METHOD = PREFIX + "restore";
    public static final String LOG_METHOD_DESC = "(" + LOG_DESC + ")V";
    public static final String BARRIER_METHOD = PREFIX + "barrier";
    public static final String STATICS_FIELD = PREFIX + "statics";
    public static final String STATIC_BARRIER_METHOD = PREFIX + "staticBarrier";
    public static final String STATIC_BARRIER_DESC = "(Ljava/lang/Object;)V";
    public static final String SAVE_STATICS_METHOD = PREFIX + "saveStatics";
    public static final String RESTORE_STATICS_METHOD = PREFIX + "restoreStatics";
    public static final String SPECULATIVE_BODY_PREFIX = PREFIX + "speculative$";

    /**
     * Descriptor of the per-hierarchy barrier. It names the {@code Tracked} interface, not the
     * declaring class: a woven class may be defined as a hidden class, whose own name in
     * descriptors would then denote a different class (JVMS 5.3.5, hidden classes rename only
     * their {@code this_class} entry). The second argument is the comparand, a local of the woven
     * method ({@code WorldComparandLocal}).
     */
    public static final String BARRIER_DESC = "(L" + TRACKED + ";Ljava/lang/Object;)V";
}
