package io.crmsuite.crm.messaging;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * The kit app with every Kafka client on the SASL listener ({@link KitSaslKafkaResource} instead of the plain
 * listener of the other tests), its log in a file the test reads, and the inbox test channel off: only the relay
 * talks to Kafka here.
 */
public class KitSaslKafkaProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "mp.messaging.incoming.kit-in.enabled", "false",
                "quarkus.log.file.enabled", "true",
                "quarkus.log.file.path", KitSaslKafkaResource.LOG.toString());
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KitSaslKafkaResource.class, Map.of("database", "crm_kit_messaging")));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
