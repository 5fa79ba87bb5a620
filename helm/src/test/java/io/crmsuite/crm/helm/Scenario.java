package io.crmsuite.crm.helm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One way of installing the chart: the default values plus zero or more overlay files, as {@code helm install -f}
 * would take them. The scenarios are the defaults, values-production.yaml and one overlay per optional feature
 * (src/test/resources/scenarios).
 */
record Scenario(String name, List<Path> overlays) {

    static final Path PRODUCTION = Chart.DIR.resolve("values-production.yaml");
    private static final Path OVERLAYS = Path.of("src/test/resources/scenarios").toAbsolutePath();

    static Scenario defaults() {
        return new Scenario("default", List.of());
    }

    static Scenario production() {
        return new Scenario("production", List.of(PRODUCTION));
    }

    static Scenario overlay(String name) {
        Path file = OVERLAYS.resolve(name + ".yaml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no scenario file " + file);
        }
        return new Scenario(name, List.of(file));
    }

    /** Several overlays on top of each other, in order (as several {@code -f} files). */
    static Scenario overlays(String... names) {
        List<Path> files = new ArrayList<>();
        for (String name : names) {
            files.addAll(overlay(name).overlays());
        }
        return new Scenario(String.join("+", names), files);
    }

    /** Every scenario: the defaults, production, and each feature overlay alone. */
    static Stream<Scenario> all() {
        List<Scenario> all = new ArrayList<>(List.of(defaults(), production()));
        try (Stream<Path> files = Files.list(OVERLAYS)) {
            files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".yaml"))
                    .sorted()
                    .forEach(f -> all.add(overlay(f.substring(0, f.length() - ".yaml".length()))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.stream();
    }

    @Override
    public String toString() {
        return name;
    }
}
