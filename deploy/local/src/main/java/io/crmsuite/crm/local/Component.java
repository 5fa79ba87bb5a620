package io.crmsuite.crm.local;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A server of the local stack: how to start it, how to tell it is ready, and where to reach it. */
abstract class Component {
    protected final StackLayout layout;
    protected final StackSettings settings;
    private final String name;
    private final ManagedProcess process;

    Component(String name, StackLayout layout, StackSettings settings) {
        this.name = name;
        this.layout = layout;
        this.settings = settings;
        this.process = new ManagedProcess(layout.stateOf("pids").resolve(name + ".pid"), layout.logOf(name));
    }

    String name() {
        return name;
    }

    /** Where a person or a client goes, for the summary. */
    abstract String url();

    /** Prepares files (config, data folders) and returns the command to run. */
    abstract List<String> prepareCommand() throws IOException;

    /** True when the server answers as a client needs it. */
    abstract boolean ready();

    abstract Duration startTimeout();

    /**
     * Runs once the component is ready: set-up that needs the server up. {@code started}: this start spawned it (false
     * when it was found running).
     */
    void afterReady(boolean started) throws IOException {}

    Map<String, String> environment() {
        return Map.of();
    }

    Path workDir() {
        return layout.stateOf(name);
    }

    /** Whether the component can be started here at all (a service must be built). */
    Optional<String> unavailableReason() {
        return Optional.empty();
    }

    Path logFile() {
        return process.logFile();
    }

    Optional<ProcessHandle> running() {
        return process.running();
    }

    /** Starts the process unless it already runs; returns true when a new process was spawned. */
    boolean spawnIfNeeded() throws IOException {
        if (process.running().isPresent()) {
            return false;
        }
        java.nio.file.Files.createDirectories(workDir());
        process.spawn(prepareCommand(), environment(), workDir());
        return true;
    }

    boolean stop() {
        return process.stop(Duration.ofSeconds(30));
    }

    String describeFailure(String why) {
        StringBuilder text = new StringBuilder()
                .append("✗ ")
                .append(name)
                .append(" failed to start: ")
                .append(why)
                .append(System.lineSeparator())
                .append("  last lines of ")
                .append(logFile())
                .append(':')
                .append(System.lineSeparator());
        Probes.tail(logFile(), 25)
                .forEach(line -> text.append("    | ").append(line).append(System.lineSeparator()));
        return text.toString();
    }

    protected String host() {
        return settings.host();
    }

    /** A JVM for a helper process of the stack: small heap, serial GC and the quick-starting C1 compiler only. */
    protected List<String> javaCommand(String heap, List<String> jvmArgs) {
        List<String> command = new java.util.ArrayList<>();
        command.add(layout.java().toString());
        command.add("-Xmx" + heap);
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(jvmArgs);
        return command;
    }
}
