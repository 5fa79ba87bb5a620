package io.crmsuite.crm.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Probes, resources and the restricted security context of every Deployment, in every scenario. */
class WorkloadTest {

    static Stream<Scenario> scenarios() {
        return Scenario.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void probesUseTheQuarkusHealthEndpoints(Scenario scenario) {
        for (Workload w : Workload.of(Chart.render(scenario))) {
            JsonNode c = w.container();
            Map<String, String> expected = Map.of(
                    "startupProbe", "/q/health/started",
                    "livenessProbe", "/q/health/live",
                    "readinessProbe", "/q/health/ready");
            expected.forEach((probe, path) -> {
                assertEquals(path, c.at("/" + probe + "/httpGet/path").asText(), w.service() + " " + probe);
                assertEquals("http", c.at("/" + probe + "/httpGet/port").asText(), w.service() + " " + probe + " port");
            });
            assertEquals(
                    1, c.at("/livenessProbe/successThreshold").asInt(), w.service() + " liveness successThreshold");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyContainerHasRequestsAndAMemoryLimit(Scenario scenario) {
        for (Workload w : Workload.of(Chart.render(scenario))) {
            JsonNode resources = w.container().path("resources");
            for (String field : List.of("/requests/cpu", "/requests/memory", "/limits/memory")) {
                assertFalse(resources.at(field).asText().isBlank(), w.service() + " resources" + field);
            }
            long request = bytes(resources.at("/requests/memory"));
            long limit = bytes(resources.at("/limits/memory"));
            assertTrue(limit >= request, w.service() + ": memory limit below request");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void podsMeetTheRestrictedPodSecurityStandard(Scenario scenario) {
        for (Workload w : Workload.of(Chart.render(scenario))) {
            JsonNode pod = w.pod();
            JsonNode sc = w.container().path("securityContext");
            String s = w.service();
            assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean(), s + " pod runAsNonRoot");
            assertEquals(
                    "RuntimeDefault",
                    pod.at("/securityContext/seccompProfile/type").asText(),
                    s + " pod seccomp");
            assertTrue(sc.path("runAsNonRoot").asBoolean(), s + " runAsNonRoot");
            assertFalse(sc.path("allowPrivilegeEscalation").asBoolean(true), s + " allowPrivilegeEscalation");
            assertFalse(sc.path("privileged").asBoolean(true), s + " privileged");
            assertTrue(sc.path("readOnlyRootFilesystem").asBoolean(), s + " readOnlyRootFilesystem");
            assertEquals("[\"ALL\"]", sc.at("/capabilities/drop").toString(), s + " capabilities.drop");
            assertEquals("RuntimeDefault", sc.at("/seccompProfile/type").asText(), s + " seccomp");
            assertTrue(sc.at("/capabilities/add").isMissingNode(), s + " adds capabilities");
            for (String host : List.of("hostNetwork", "hostPID", "hostIPC")) {
                assertFalse(pod.path(host).asBoolean(false), s + " " + host);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void tmpIsAWritableEmptyDirAndNothingElseIsMounted(Scenario scenario) {
        for (Workload w : Workload.of(Chart.render(scenario))) {
            JsonNode mounts = w.container().path("volumeMounts");
            assertEquals(1, mounts.size(), w.service() + " volume mounts");
            assertEquals("/tmp", mounts.get(0).path("mountPath").asText());
            String volume = mounts.get(0).path("name").asText();
            JsonNode volumes = w.pod().path("volumes");
            assertEquals(1, volumes.size(), w.service() + " volumes");
            assertEquals(volume, volumes.get(0).path("name").asText());
            assertTrue(volumes.get(0).has("emptyDir"), w.service() + " /tmp is not an emptyDir");
            assertFalse(volumes.get(0).at("/emptyDir/sizeLimit").asText().isBlank(), w.service() + " /tmp size limit");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void environmentHasNoDuplicatesAndBindsTheContainerPort(Scenario scenario) {
        for (Workload w : Workload.of(Chart.render(scenario))) {
            Set<String> names = new HashSet<>();
            w.envList().forEach(e -> assertTrue(names.add(e.path("name").asText()), w.service() + " env twice: " + e));
            assertEquals("0.0.0.0", w.envValue("CRM_HTTP_HOST"), w.service() + " CRM_HTTP_HOST");
            String port = w.container().at("/ports/0/containerPort").asText();
            assertEquals(port, w.envValue("QUARKUS_HTTP_PORT"), w.service() + " QUARKUS_HTTP_PORT");
            assertTrue(w.envValue("CRM_OIDC_ISSUER").endsWith("/realms/crm"), w.service() + " CRM_OIDC_ISSUER");
            assertEquals("crm-api", w.envValue("CRM_OIDC_AUDIENCE"), w.service() + " CRM_OIDC_AUDIENCE");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyServiceHasItsOwnServiceAccountWithoutAToken(Scenario scenario) {
        Manifests manifests = Chart.render(scenario);
        Set<String> accounts = new HashSet<>();
        for (Workload w : Workload.of(manifests)) {
            assertFalse(w.pod().path("automountServiceAccountToken").asBoolean(true), w.service() + " token mounted");
            String account = w.pod().path("serviceAccountName").asText();
            if (!manifests.ofKind("ServiceAccount").isEmpty()) {
                assertTrue(accounts.add(account), w.service() + " shares ServiceAccount " + account);
                assertFalse(manifests
                        .get("ServiceAccount", account)
                        .node()
                        .path("automountServiceAccountToken")
                        .asBoolean(true));
            }
        }
    }

    private static long bytes(JsonNode quantity) {
        return Quantity.getAmountInBytes(new Quantity(quantity.asText())).longValue();
    }
}
