package io.crmsuite.crm.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Draining a stopping pod: every service gets the shutdown delay and timeout it applies on SIGTERM (readiness DOWN at
 * once, requests still served during the delay, in-flight ones finished within the timeout), and the pod's grace
 * period exceeds their sum — a chart that would kill pods while they drain is refused.
 */
class GracefulShutdownTest {

    @Test
    void everyServiceDrainsWithinItsGracePeriod() {
        for (String service : new String[] {"lead-service", "contact-service", "gateway"}) {
            Workload workload = new Workload(Chart.render(Scenario.defaults()).ofService("Deployment", service));
            assertEquals("5s", workload.envValue("CRM_SHUTDOWN_DELAY"), service);
            assertEquals("20s", workload.envValue("CRM_SHUTDOWN_TIMEOUT"), service);
            int grace = workload.pod().path("terminationGracePeriodSeconds").asInt();
            assertTrue(grace > 5 + 20, service + ": grace " + grace);
            assertTrue(workload.container().path("lifecycle").isMissingNode(), "no preStop sleep: the delay does it");
        }
    }

    @Test
    void aGracePeriodShorterThanTheDrainIsRefused() {
        IllegalStateException refused = assertThrows(
                IllegalStateException.class,
                () -> Chart.template(
                        Scenario.defaults(),
                        Map.of("terminationGracePeriodSeconds", "20", "shutdown.timeoutSeconds", "20")));
        assertTrue(refused.getMessage().contains("terminationGracePeriodSeconds must exceed"), refused.getMessage());
    }
}
