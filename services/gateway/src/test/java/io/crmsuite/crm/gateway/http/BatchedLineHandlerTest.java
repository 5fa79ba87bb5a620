package io.crmsuite.crm.gateway.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.awaitility.Awaitility;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.handlers.AsyncHandler;
import org.jboss.logmanager.handlers.ConsoleHandler;
import org.junit.jupiter.api.Test;

class BatchedLineHandlerTest {
    private static final Formatter LINES = new Formatter() {
        @Override
        public String format(LogRecord record) {
            return record.getMessage() + "\n";
        }
    };

    /** Records every write call, so that the test sees how the output was cut. */
    private static final class Writes extends OutputStream {
        final List<byte[]> calls = Collections.synchronizedList(new ArrayList<>());
        final ByteArrayOutputStream all = new ByteArrayOutputStream();

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            calls.add(Arrays.copyOfRange(b, off, off + len));
            all.write(b, off, len);
        }

        synchronized List<String> lines() {
            String text = all.toString(StandardCharsets.UTF_8);
            return text.isEmpty() ? List.of() : List.of(text.split("\n"));
        }
    }

    private static ExtLogRecord record(String message) {
        ExtLogRecord record = new ExtLogRecord(Level.INFO, message, BatchedLineHandlerTest.class.getName());
        record.setLoggerName(AccessLog.CATEGORY);
        return record;
    }

    @Test
    void linesFromManyThreadsAllArriveWholeInWritesOfAtMostFourKilobytes() throws Exception {
        Writes out = new Writes();
        BatchedLineHandler handler = new BatchedLineHandler(LINES, out, Duration.ofMillis(5), 100_000, "test-writer");
        int threads = 8;
        int perThread = 2_000;
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> producers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                producers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        handler.publish(
                                record("method=GET thread=" + thread + " seq=" + i + " pad=" + "x".repeat(i % 90)));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> producer : producers) {
                producer.get();
            }
        }
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> out.lines().size() >= threads * perThread);
        handler.close();

        List<String> lines = out.lines();
        assertEquals(threads * perThread, lines.size(), "every line once: none repeated, none added by closing");
        for (int t = 0; t < threads; t++) {
            String prefix = "method=GET thread=" + t + " ";
            List<String> ofThread =
                    lines.stream().filter(line -> line.startsWith(prefix)).toList();
            assertEquals(perThread, ofThread.size(), "lines of thread " + t);
            for (int i = 0; i < perThread; i++) { // whole, and in the order each thread logged them
                assertEquals(prefix + "seq=" + i + " pad=" + "x".repeat(i % 90), ofThread.get(i));
            }
        }
        assertTrue(out.calls.size() < lines.size() / 10, "lines are written in batches: " + out.calls.size());
        for (byte[] call : out.calls) {
            assertTrue(call.length <= BatchedLineHandler.MAX_WRITE, "write of " + call.length + " bytes");
            assertEquals('\n', call[call.length - 1], "every write ends with a whole line");
        }
    }

    @Test
    void closingWritesWhatIsStillQueued() {
        Writes out = new Writes();
        BatchedLineHandler handler = new BatchedLineHandler(LINES, out, Duration.ofHours(1), 1_000, "test-writer");
        for (int i = 0; i < 50; i++) {
            handler.publish(record("line " + i));
        }
        assertEquals(List.of(), out.lines(), "nothing is written before the interval ends");
        handler.close();
        assertEquals(50, out.lines().size());
        assertEquals("line 49", out.lines().getLast());
    }

    @Test
    void beyondTheQueueLimitLinesAreDroppedAndCounted() {
        Writes out = new Writes();
        BatchedLineHandler handler = new BatchedLineHandler(LINES, out, Duration.ofHours(1), 10, "test-writer");
        for (int i = 0; i < 25; i++) {
            handler.publish(record("line " + i));
        }
        assertEquals(10, handler.waiting());
        handler.close();
        List<String> lines = out.lines();
        assertEquals(11, lines.size(), lines.toString());
        assertEquals("line 9", lines.get(9));
        assertEquals("15 access log lines were dropped: the log writer fell behind", lines.get(10));
    }

    @Test
    void theFormatIsTakenFromTheConsoleHandlerBehindAWrapper() {
        ConsoleHandler console = new ConsoleHandler(LINES);
        AsyncHandler async = new AsyncHandler();
        async.addHandler(console);
        assertEquals(
                LINES, AccessLogOutput.consoleFormatter(new Handler[] {async}).orElseThrow());
        assertTrue(AccessLogOutput.consoleFormatter(new Handler[] {new AsyncHandler()})
                .isEmpty());
        async.close();
    }
}
