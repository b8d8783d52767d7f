package dev.worlds.instrument.multirelease;

/** Markers {@link Java21Copy} must refuse, each in a class of its own. */
final class BadBridges {
    private BadBridges() {
    }

    static final class StaticTarget {
        @Java21Bridge(name = "make", returns = "java.lang.Object")
        static String makeView() {
            return "";
        }
    }

    static final class PrimitiveTarget {
        @Java21Bridge(name = "count", returns = "java.lang.Object")
        int countView() {
            return 0;
        }
    }

    static final class Clash {
        @Java21Bridge(name = "same", returns = "java.lang.Object")
        String sameView() {
            return "";
        }

        public Object same() {
            return "";
        }
    }
}
