package io.crmsuite.crm.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.marcnuri.helm.DryRun;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.InstallCommand;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** The chart under test, run through Helm 3 (helm-java, no helm binary): template and strict lint. */
final class Chart {

    static final Path DIR = Path.of("crm-suite").toAbsolutePath();
    static final String RELEASE = "crm";
    static final String NAMESPACE = "crm";
    static final String KUBE_VERSION = "1.33.0";

    private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();

    private Chart() {}

    /** The manifests of a scenario (rendered once per test run). */
    static Manifests render(Scenario scenario) {
        return RENDERED.computeIfAbsent(scenario.name(), n -> Manifests.parse(template(scenario, Map.of())));
    }

    /** helm template; Helm's own errors (schema violations, fail calls) surface as IllegalStateException. */
    static String template(Scenario scenario, Map<String, String> sets) {
        TemplateCommand command = new Helm(DIR)
                .template()
                .withName(RELEASE)
                .withNamespace(NAMESPACE)
                .withKubeVersion(KUBE_VERSION);
        for (Path overlay : scenario.overlays()) {
            command = command.withValuesFile(overlay);
        }
        for (Map.Entry<String, String> set : sets.entrySet()) {
            command = command.set(set.getKey(), set.getValue());
        }
        return command.call();
    }

    /**
     * helm lint --strict of the scenario. helm-java's lint takes no values files, so the chart is copied to a
     * temporary folder whose values.yaml is the scenario's merged values (Helm's merge: maps deep, the rest replaced).
     */
    static LintResult lint(Scenario scenario) {
        Path temp = null;
        try {
            temp = Files.createTempDirectory("crm-suite-lint-");
            Path copy = temp.resolve(DIR.getFileName());
            copyTree(DIR, copy);
            ObjectNode values = (ObjectNode) Yaml.read(DIR.resolve("values.yaml"));
            for (Path overlay : scenario.overlays()) {
                Values.merge(values, Yaml.read(overlay));
            }
            Yaml.write(copy.resolve("values.yaml"), values);
            return new Helm(copy).lint().strict().call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteTree(temp);
        }
    }

    private static void deleteTree(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * NOTES.txt as Helm prints it after an install: a client-only dry-run install (no cluster is contacted), which
     * renders the notes that helm template leaves out.
     */
    static String notes(Scenario scenario) {
        InstallCommand command = new Helm(DIR)
                .install()
                .withName(RELEASE)
                .withNamespace(NAMESPACE)
                .withKubeVersion(KUBE_VERSION)
                .dryRun()
                .withDryRunOption(DryRun.CLIENT)
                .clientOnly();
        for (Path overlay : scenario.overlays()) {
            command = command.withValuesFile(overlay);
        }
        String output = command.call().getOutput();
        int notes = output.indexOf("NOTES:");
        if (notes < 0) {
            throw new IllegalStateException("no NOTES in the install output: " + output);
        }
        return output.substring(notes);
    }

    /** The chart's default values. */
    static JsonNode defaultValues() {
        return Yaml.read(DIR.resolve("values.yaml"));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
