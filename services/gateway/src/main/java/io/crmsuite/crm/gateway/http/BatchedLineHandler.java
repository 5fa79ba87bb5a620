package io.crmsuite.crm.gateway.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.ErrorManager;
import java.util.logging.Formatter;
import java.util.logging.Level;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;

/**
 * A log handler for one high-volume logger (the gateway's access log, a line per request). Publishing only queues the
 * record (no lock, no thread wake-up); a writer thread wakes every {@code interval}, formats what queued with the
 * console's formatter and writes it in few system calls of whole lines (at most {@value #MAX_WRITE} bytes each, so
 * another writer to the same stream never lands inside a line). Quarkus' async console handler wakes its thread and
 * writes once per record: at a few thousand requests per second that was a fifth of the gateway's CPU.
 *
 * <p>Lines appear up to one interval late. Beyond {@code capacity} queued records new ones are dropped and counted
 * (the event loop never waits on the log); the count is written as a line of its own.
 */
public final class BatchedLineHandler extends ExtHandler {
    static final int MAX_WRITE = 4096;

    private final Queue<ExtLogRecord> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();
    private final ByteArrayOutputStream chunk = new ByteArrayOutputStream(MAX_WRITE * 2);
    private final OutputStream out;
    private final long intervalNanos;
    private final int capacity;
    private final Thread writer;
    private volatile boolean closed;

    public BatchedLineHandler(Formatter formatter, OutputStream out, Duration interval, int capacity, String name) {
        this.out = out;
        this.intervalNanos = Math.max(1, interval.toNanos());
        this.capacity = capacity;
        setFormatter(formatter);
        this.writer = Thread.ofPlatform().daemon().name(name).start(this::writeUntilClosed);
    }

    @Override
    protected void doPublish(ExtLogRecord record) {
        if (closed) {
            return;
        }
        if (queued.incrementAndGet() > capacity) {
            queued.decrementAndGet();
            dropped.incrementAndGet();
            return;
        }
        // the MDC is taken now, on the caller's thread (the thread name already was); the calling class and method are
        // not: finding them walks the stack, which cost more than the rest of the line, and no access line shows them
        record.disableCallerCalculation();
        record.copyMdc();
        queue.offer(record);
    }

    /** Records waiting for the writer. */
    int waiting() {
        return queued.get();
    }

    private void writeUntilClosed() {
        while (!closed) {
            LockSupport.parkNanos(this, intervalNanos);
            drain();
        }
        drain();
    }

    /** Formats and writes everything queued so far. Only the writer thread (or close, after it ended) calls this. */
    private void drain() {
        for (ExtLogRecord record = queue.poll(); record != null; record = queue.poll()) {
            queued.decrementAndGet();
            append(record);
        }
        long lost = dropped.getAndSet(0);
        if (lost > 0) {
            ExtLogRecord notice = new ExtLogRecord(
                    Level.WARNING,
                    lost + " access log lines were dropped: the log writer fell behind",
                    BatchedLineHandler.class.getName());
            notice.setLoggerName(BatchedLineHandler.class.getName());
            append(notice);
        }
        writeChunk();
    }

    private void append(ExtLogRecord record) {
        byte[] line;
        try {
            line = getFormatter().format(record).getBytes(StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            reportError("The access log line could not be formatted", e, ErrorManager.FORMAT_FAILURE);
            return;
        }
        if (chunk.size() > 0 && chunk.size() + line.length > MAX_WRITE) {
            writeChunk();
        }
        chunk.writeBytes(line);
    }

    private void writeChunk() {
        if (chunk.size() == 0) {
            return;
        }
        try {
            chunk.writeTo(out);
            out.flush();
        } catch (IOException e) {
            reportError("The access log could not be written", e, ErrorManager.WRITE_FAILURE);
        }
        chunk.reset();
    }

    @Override
    public void flush() {
        // the writer flushes every interval; a caller has nothing to wait for
    }

    /** Stops the writer after it has written everything queued. */
    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(writer);
        try {
            writer.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        super.close();
    }
}
