package io.crmsuite.crm.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rendered object of every scenario is a valid object of its kind, strictly (unknown fields fail). */
class ManifestValidityTest {

    private static final Pattern DNS_SUBDOMAIN = Pattern.compile("[a-z0-9]([-a-z0-9.]*[a-z0-9])?");
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Set<String> LABEL_NAMED = Set.of("Service", "Deployment", "NetworkPolicy");

    static Stream<Scenario> scenarios() {
        return Scenario.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyObjectParsesStrictlyAsItsKind(Scenario scenario) {
        Manifests manifests = Chart.render(scenario);
        assertFalse(manifests.all().isEmpty(), "nothing rendered");
        List<String> errors = new ArrayList<>();
        for (Manifest manifest : manifests.all()) {
            try {
                StrictModel.validate(manifest.node());
            } catch (IllegalArgumentException e) {
                errors.add(e.getMessage());
            }
        }
        assertEquals(List.of(), errors);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void namesAreValidUniqueAndInTheReleaseNamespace(Scenario scenario) {
        Set<String> seen = new HashSet<>();
        for (Manifest manifest : Chart.render(scenario).all()) {
            String name = manifest.name();
            Pattern pattern = LABEL_NAMED.contains(manifest.kind()) ? DNS_LABEL : DNS_SUBDOMAIN;
            int max = LABEL_NAMED.contains(manifest.kind()) ? 63 : 253;
            assertTrue(pattern.matcher(name).matches() && name.length() <= max, manifest.id() + ": invalid name");
            assertTrue(seen.add(manifest.id()), manifest.id() + " rendered twice");
            assertEquals(Chart.NAMESPACE, manifest.at("/metadata/namespace").asText(), manifest.id() + " namespace");
        }
    }
}
