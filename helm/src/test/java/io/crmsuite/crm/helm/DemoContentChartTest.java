package io.crmsuite.crm.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Demo content in a cluster (issue 14, item 3): off by default and in production; switched on (with the demo realm), a
 * Job loads the same steps as `make run`, with the same loader, through the gateway — which then
 * admits the loader's pod. The chart's copies of the loader and the script are the launcher's, byte for byte.
 */
class DemoContentChartTest {
    private static final Path LAUNCHER_SOURCE =
            Path.of("../deploy/local/src/main/java/io/crmsuite/crm/local/DemoContent.java");
    private static final Path LAUNCHER_SCRIPT = Path.of("../deploy/local/src/main/resources/demo/content.txt");

    @Test
    void offByDefaultAndInProduction() {
        for (Scenario scenario : new Scenario[] {Scenario.defaults(), Scenario.production()}) {
            assertTrue(
                    Chart.render(scenario).all().stream()
                            .noneMatch(m -> m.kind().equals("Job")),
                    scenario + ": no demo Job");
        }
    }

    @Test
    void switchedOnItNeedsTheDemoRealm() {
        IllegalStateException refused = assertThrows(
                IllegalStateException.class,
                () -> Chart.template(Scenario.defaults(), Map.of("demoContent.enabled", "true")));
        assertTrue(refused.getMessage().contains("includeDemoContent"), refused.getMessage());
    }

    @Test
    void switchedOnAJobLoadsTheLaunchersStepsThroughTheGateway() throws IOException {
        String yaml = Chart.template(
                Scenario.defaults(),
                Map.of("demoContent.enabled", "true", "keycloak.realmImport.includeDemoContent", "true"));
        Manifests manifests = Manifests.parse(yaml);
        Manifest job = manifests.all().stream()
                .filter(m -> m.kind().equals("Job"))
                .findFirst()
                .orElseThrow();
        assertTrue(job.node().at("/spec/ttlSecondsAfterFinished").asInt() > 0, "removed after it ran");
        assertEquals(
                "FailJob",
                job.node().at("/spec/podFailurePolicy/rules/0/action").asText(),
                "a refused step is not retried");
        JsonNode container = job.node().at("/spec/template/spec/containers/0");
        assertEquals(
                "/demo/io/crmsuite/crm/local/DemoContent.java",
                container.at("/command/1").asText());
        assertTrue(container.at("/command/2").asText().startsWith("http://crm-crm-suite-gateway:"));
        assertTrue(container.at("/securityContext/readOnlyRootFilesystem").asBoolean());
        assertFalse(job.node()
                .at("/spec/template/spec/automountServiceAccountToken")
                .asBoolean(true));

        Manifest files = manifests.all().stream()
                .filter(m -> m.kind().equals("ConfigMap") && m.name().endsWith("demo-content"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                Files.readString(LAUNCHER_SOURCE).strip(),
                files.node().at("/data/DemoContent.java").asText().strip());
        assertEquals(
                Files.readString(LAUNCHER_SCRIPT).strip(),
                files.node().at("/data/content.txt").asText().strip());

        Manifest gatewayPolicy = manifests.all().stream()
                .filter(m -> m.kind().equals("NetworkPolicy") && m.name().endsWith("gateway"))
                .findFirst()
                .orElseThrow();
        assertTrue(gatewayPolicy.node().toString().contains("\"app.kubernetes.io/component\":\"demo-content\""));
    }
}
