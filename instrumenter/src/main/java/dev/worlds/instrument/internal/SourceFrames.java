package dev.worlds.instrument.internal;

import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * Which instructions produced each stack and local value of one method, computed on first use
 * and shared by the analyses that need it ({@link RepeatedBarrierAnalysis},
 * {@link SequentialArrayLoops}), so a method is analysed once.
 */
final class SourceFrames {
    private final String owner;
    private final MethodNode method;
    private boolean analysed;
    private Frame<SourceValue>[] frames;

    SourceFrames(String owner, MethodNode method) {
        this.owner = owner;
        this.method = method;
    }

    /**
     * The frame of each instruction (null where unreachable), or null for code the analysis
     * cannot follow (for example jsr/ret in old class files): then nothing is proven, and the
     * analyses leave the code as the plain rewrite makes it.
     */
    Frame<SourceValue>[] get() {
        if (!analysed) {
            analysed = true;
            try {
                frames = new Analyzer<>(new SourceInterpreter()).analyze(owner, method);
            } catch (AnalyzerException | RuntimeException e) {
                frames = null;
            }
        }
        return frames;
    }
}
