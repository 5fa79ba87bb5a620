package io.crmsuite.crm.testkit.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The drift test of every service, once: the document a service serves ({@code /q/openapi?format=yaml}) must equal its
 * checked-in {@code api-specs/openapi/<name>.yaml} (compared as parsed trees, so layout does not matter) and follow
 * {@link OpenApiConventions} (together with the other checked-in documents, as the gateway merges them). With
 * {@code -Dcrm.openapi.write=true} the served document is written over the checked-in one first; review the diff.
 */
public final class OpenApiDrift {
    public static final String WRITE_PROPERTY = "crm.openapi.write";

    private OpenApiDrift() {}

    /** Asserts that {@code servedYaml} is the checked-in {@code <name>.yaml} and follows the conventions. */
    public static void assertCheckedIn(String name, String servedYaml) {
        Path checkedIn = ApiDocuments.directory().resolve(name + ".yaml");
        try {
            if (Boolean.getBoolean(WRITE_PROPERTY)) {
                Files.writeString(checkedIn, servedYaml, StandardCharsets.UTF_8);
            }
            JsonNode served = ApiDocuments.YAML.readTree(servedYaml);
            JsonNode expected = ApiDocuments.YAML.readTree(Files.readString(checkedIn, StandardCharsets.UTF_8));
            assertEquals(
                    expected,
                    served,
                    "api-specs/openapi/" + name
                            + ".yaml differs from what the service serves: regenerate it with ./mvnw"
                            + " -pl " + module() + " verify -Dit.test=OpenApiDriftIT -D" + WRITE_PROPERTY
                            + "=true and review the diff");
            List<String> violations =
                    OpenApiConventions.violations(ApiDocuments.checkedIn().with(name, served)).stream()
                            .filter(v ->
                                    v.startsWith(name + ": ") || v.contains(" " + name + "'s ") || !v.contains(": "))
                            .toList();
            assertTrue(
                    violations.isEmpty(),
                    () -> "the OpenAPI conventions are not met (see libs/test-kit OpenApiConventions):\n  "
                            + String.join("\n  ", violations));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String module() {
        Path root = ApiDocuments.repositoryRoot();
        return root.relativize(Path.of("").toAbsolutePath()).toString();
    }
}
