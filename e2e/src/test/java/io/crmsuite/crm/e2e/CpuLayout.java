package io.crmsuite.crm.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Where the parts of the stack may run during a benchmark, set with Linux's {@code taskset} on whole process trees
 * (every thread; processes forked later, such as PostgreSQL's per-connection backends, inherit it). {@link #split}
 * gives the service side (the service and PostgreSQL) one half of the CPUs and the gateway side (the gateway and the
 * load generator) the other, as a deployment gives the gateway its own pods; {@link #close} gives every part all CPUs
 * again, including processes started meanwhile. Only processes of the stack under test are touched.
 */
final class CpuLayout implements AutoCloseable {
    private final List<Supplier<Stream<ProcessHandle>>> parts;
    private final String allCpus;
    private final String description;

    private CpuLayout(List<Supplier<Stream<ProcessHandle>>> parts, String allCpus, String description) {
        this.parts = parts;
        this.allCpus = allCpus;
        this.description = description;
    }

    /**
     * Pins {@code serviceSide} to the first half of the CPUs and {@code gatewaySide} to the other half; empty (and
     * nothing changed) with fewer than 2 CPUs or without {@code taskset}.
     */
    static Optional<CpuLayout> split(
            List<Supplier<Stream<ProcessHandle>>> serviceSide, List<Supplier<Stream<ProcessHandle>>> gatewaySide) {
        List<Integer> cpus = allowedCpus();
        if (cpus.size() < 2 || !tasksetWorks()) {
            return Optional.empty();
        }
        String first = cpuList(cpus.subList(0, cpus.size() / 2));
        String second = cpuList(cpus.subList(cpus.size() / 2, cpus.size()));
        List<Supplier<Stream<ProcessHandle>>> all = new ArrayList<>(serviceSide);
        all.addAll(gatewaySide);
        CpuLayout layout = new CpuLayout(
                all, cpuList(cpus), "service side on CPU " + first + ", gateway and load generator on CPU " + second);
        serviceSide.forEach(part -> pin(part.get(), first));
        gatewaySide.forEach(part -> pin(part.get(), second));
        return Optional.of(layout);
    }

    /** A process and every process under it, read again at each use (PostgreSQL forks a process per connection). */
    static Supplier<Stream<ProcessHandle>> tree(long pid) {
        return () -> ProcessHandle.of(pid).stream().flatMap(p -> Stream.concat(Stream.of(p), p.descendants()));
    }

    /** This process alone (the load generator): the stack it may have started runs under it and stays where it is. */
    static Supplier<Stream<ProcessHandle>> self() {
        return () -> Stream.of(ProcessHandle.current());
    }

    String description() {
        return description;
    }

    @Override
    public void close() {
        parts.forEach(part -> pin(part.get(), allCpus));
    }

    private static void pin(Stream<ProcessHandle> processes, String cpus) {
        processes.forEach(p -> taskset("-a", "-p", "-c", cpus, Long.toString(p.pid())));
    }

    private static String cpuList(List<Integer> cpus) {
        return cpus.stream().map(Object::toString).collect(Collectors.joining(","));
    }

    /** The CPUs this process may run on ({@code Cpus_allowed_list} of /proc/self/status, e.g. {@code 0-3,6}). */
    static List<Integer> allowedCpus() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("Cpus_allowed_list:"))
                    .findFirst()
                    .map(line ->
                            parseCpuList(line.substring(line.indexOf(':') + 1).trim()))
                    .orElse(List.of());
        } catch (IOException | RuntimeException notLinux) {
            return List.of();
        }
    }

    static List<Integer> parseCpuList(String list) {
        List<Integer> cpus = new ArrayList<>();
        for (String range : list.split(",")) {
            String[] ends = range.trim().split("-");
            int from = Integer.parseInt(ends[0]);
            int to = ends.length > 1 ? Integer.parseInt(ends[1]) : from;
            IntStream.rangeClosed(from, to).forEach(cpus::add);
        }
        return cpus;
    }

    private static boolean tasksetWorks() {
        return taskset("-p", Long.toString(ProcessHandle.current().pid()));
    }

    private static boolean taskset(String... arguments) {
        List<String> command = new ArrayList<>(List.of("taskset"));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return process.waitFor() == 0;
        } catch (IOException notInstalled) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
