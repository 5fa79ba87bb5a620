package io.crmsuite.crm.local;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One server process of the stack, tracked by a pid file holding the pid and the process start time, so that a pid
 * reused by an unrelated process is never taken for ours (and never killed).
 */
final class ManagedProcess {
    private final Path pidFile;
    private final Path logFile;

    ManagedProcess(Path pidFile, Path logFile) {
        this.pidFile = pidFile;
        this.logFile = logFile;
    }

    Path logFile() {
        return logFile;
    }

    Optional<ProcessHandle> running() {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            String[] parts = Files.readString(pidFile).trim().split("\\s+");
            long pid = Long.parseLong(parts[0]);
            long started = Long.parseLong(parts[1]);
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(h -> h.info()
                    .startInstant()
                    .map(s -> Math.abs(s.toEpochMilli() - started) < 2_000)
                    .orElse(false));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    ProcessHandle spawn(List<String> command, Map<String, String> env, Path workDir) throws IOException {
        Files.createDirectories(logFile.getParent());
        Files.createDirectories(pidFile.getParent());
        Files.writeString(logFile, "=== " + Instant.now() + " " + String.join(" ", command) + System.lineSeparator());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(env);
        Process process = builder.start();
        long started = process.info().startInstant().map(Instant::toEpochMilli).orElse(System.currentTimeMillis());
        Files.writeString(pidFile, process.pid() + " " + started + System.lineSeparator());
        return process.toHandle();
    }

    /** Stops the process and its descendants: SIGTERM, then SIGKILL after the grace period. */
    boolean stop(Duration grace) {
        Optional<ProcessHandle> handle = running();
        handle.ifPresent(h -> {
            List<ProcessHandle> children = h.descendants().toList();
            h.destroy();
            if (!awaitExit(h, grace)) {
                h.destroyForcibly();
                awaitExit(h, Duration.ofSeconds(5));
            }
            children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        });
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // a stale pid file is harmless: running() checks the start time
        }
        return handle.isPresent();
    }

    private static boolean awaitExit(ProcessHandle handle, Duration timeout) {
        try {
            handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            return !handle.isAlive();
        }
    }
}
