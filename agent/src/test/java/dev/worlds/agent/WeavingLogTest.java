package dev.worlds.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.instrument.WeaveResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WeavingLogTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final WeavingLog log = new WeavingLog(new PrintStream(err, true, StandardCharsets.UTF_8));
    private final ClassLoader loader = new ClassLoader("app-loader", null) {
    };

    @Test
    void printsWarningsAsTheyComeAndCountsEverythingForTheSummary() {
        log.woven(new WeaveResult("com/acme/Board", new byte[0], true, 3, List.of("Board.reset writes an untracked array")),
                2_000_000);
        log.woven(new WeaveResult("com/acme/Cell", new byte[0], true, 2, List.of()), 1_000_000);
        log.woven(new WeaveResult("com/acme/Woven", new byte[0], false, 0, List.of()), 500_000);
        log.failed("com/acme/Broken", loader, "cannot weave: boom", 500_000);

        assertTrue(output().contains("worlds-agent: warning: Board.reset writes an untracked array"), output());
        assertEquals("worlds-agent: wove 2 classes (1 already woven), 5 fields tracked, 1 warning, 1 not woven;"
                + " 4 ms weaving (2000.0 us per class)", log.summary());
        assertEquals(2, log.wovenClasses());
    }

    @Test
    void atExitListsTheClassesItCouldNotWeaveEvenWhenNotVerbose() {
        log.failed("com/acme/Broken", loader, "cannot weave: boom", 0);
        err.reset();

        log.printAtExit(false);

        String expectedStart = "worlds-agent: 1 class was not woven:" + System.lineSeparator()
                + "  com.acme.Broken (class loader app-loader@";
        assertTrue(output().startsWith(expectedStart), output());
        assertTrue(output().contains("): cannot weave: boom"), output());
    }

    @Test
    void verboseAddsTheSummaryAtExit() {
        log.printAtExit(true);

        assertEquals("worlds-agent: wove 0 classes (0 already woven), 0 fields tracked, 0 warnings, 0 not woven; 0 ms weaving"
                + System.lineSeparator(), output());
    }

    @Test
    void theFailureReportListsEveryFailureAndTheFix() {
        assertNull(log.failureReport());
        log.failed("com/acme/Broken", loader, "cannot weave: boom", 0);
        log.failed("com/acme/Other", loader, "cannot weave: bang", 0);

        String report = log.failureReport();

        assertTrue(report.startsWith("worlds-agent could not weave 2 classes and runs with failOnError=true"), report);
        assertTrue(report.contains("  com.acme.Broken (class loader app-loader@"), report);
        assertTrue(report.contains("  com.acme.Other (class loader app-loader@"), report);
        assertTrue(report.contains("leave them out with excludes=..."), report);
    }

    @Test
    void failureListenersRunAfterEachFailure() {
        AtomicInteger calls = new AtomicInteger();
        log.onFailure(calls::incrementAndGet);

        log.failed("com/acme/Broken", loader, "boom", 0);
        log.failed("com/acme/Other", loader, "bang", 0);

        assertEquals(2, calls.get());
    }

    private String output() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
