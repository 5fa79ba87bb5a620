package io.crmsuite.crm.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Kubernetes recommended labels everywhere, selectors on name + instance only, pinned images. */
class LabelsAndImagesTest {

    private static final List<String> RECOMMENDED = List.of(
            "app.kubernetes.io/name",
            "app.kubernetes.io/instance",
            "app.kubernetes.io/version",
            "app.kubernetes.io/component",
            "app.kubernetes.io/part-of",
            "app.kubernetes.io/managed-by");
    private static final Set<String> SELECTOR_KEYS = Set.of("app.kubernetes.io/name", "app.kubernetes.io/instance");

    static Stream<Scenario> scenarios() {
        return Scenario.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyObjectAndPodCarriesTheRecommendedLabels(Scenario scenario) {
        Manifests manifests = Chart.render(scenario);
        for (Manifest m : manifests.all()) {
            assertLabels(m.id(), m.labels());
        }
        for (Workload w : Workload.of(manifests)) {
            assertLabels(w.service() + " pod", Manifest.strings(w.deployment().at("/spec/template/metadata/labels")));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void selectorsUseOnlyNameAndInstanceAndTellServicesApart(Scenario scenario) {
        Manifests manifests = Chart.render(scenario);
        Set<Map<String, String>> seen = new HashSet<>();
        for (Workload w : Workload.of(manifests)) {
            Map<String, String> selector = w.selector();
            assertEquals(SELECTOR_KEYS, selector.keySet(), w.service() + " selector keys");
            assertTrue(seen.add(selector), w.service() + " selector shared with another Deployment");
            Map<String, String> podLabels = Manifest.strings(w.deployment().at("/spec/template/metadata/labels"));
            selector.forEach((k, v) -> assertEquals(v, podLabels.get(k), w.service() + " pod label " + k));
            assertSelects(manifests, "Service", w, "/spec/selector");
            assertSelects(manifests, "PodDisruptionBudget", w, "/spec/selector/matchLabels");
            assertSelects(manifests, "NetworkPolicy", w, "/spec/podSelector/matchLabels");
            assertSelects(manifests, "ServiceMonitor", w, "/spec/selector/matchLabels");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void imagesArePinnedNeverLatest(Scenario scenario) {
        for (Workload w : Workload.of(Chart.render(scenario))) {
            String image = w.container().path("image").asText();
            String last = image.substring(image.lastIndexOf('/') + 1);
            assertTrue(last.contains(":") || image.contains("@sha256:"), w.service() + " image has no tag: " + image);
            assertFalse(image.endsWith(":latest"), w.service() + " uses latest");
        }
    }

    @Test
    void theImageTagDefaultsToTheChartAppVersion() {
        String appVersion =
                Yaml.read(Chart.DIR.resolve("Chart.yaml")).path("appVersion").asText();
        assertFalse(appVersion.isBlank());
        for (Workload w : Workload.of(Chart.render(Scenario.defaults()))) {
            assertEquals(
                    "crmsuite/" + w.service() + ":" + appVersion,
                    w.container().path("image").asText());
            assertEquals(appVersion, w.deployment().labels().get("app.kubernetes.io/version"));
        }
    }

    @Test
    void aDigestAndARegistryMirrorReplaceTheTag() {
        Manifests extras = Chart.render(Scenario.overlay("extras"));
        Workload lead = new Workload(extras.ofService("Deployment", "lead-service"));
        assertEquals(
                "registry.example.com/crmsuite/lead-service@sha256:" + "0".repeat(64),
                lead.container().path("image").asText());
        Workload contact = new Workload(extras.ofService("Deployment", "contact-service"));
        assertEquals(
                "registry.example.com/crmsuite/contact-service:0.1.0",
                contact.container().path("image").asText());
    }

    private static void assertSelects(Manifests manifests, String kind, Workload w, String pointer) {
        List<Manifest> matching = manifests.ofKind(kind).stream()
                .filter(m -> Manifest.strings(m.at(pointer)).equals(w.selector()))
                .toList();
        if (manifests.ofKind(kind).isEmpty()) {
            return;
        }
        assertEquals(1, matching.size(), kind + " selecting " + w.service());
    }

    private static void assertLabels(String id, Map<String, String> labels) {
        for (String label : RECOMMENDED) {
            String value = labels.get(label);
            assertNotNull(value, id + " lacks " + label);
            assertFalse(value.isBlank(), id + " has an empty " + label);
        }
        assertEquals("crm-suite", labels.get("app.kubernetes.io/part-of"), id);
        assertEquals(Chart.RELEASE, labels.get("app.kubernetes.io/instance"), id);
        assertEquals("Helm", labels.get("app.kubernetes.io/managed-by"), id);
    }
}
