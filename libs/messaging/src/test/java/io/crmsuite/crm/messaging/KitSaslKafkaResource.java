package io.crmsuite.crm.messaging;

import io.crmsuite.crm.testkit.CrmInfraTestResource;
import io.crmsuite.crm.testkit.KafkaTestClient;
import io.crmsuite.crm.testkit.TestInfrastructure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The kit app on the broker's SASL_PLAINTEXT + SCRAM-SHA-512 listener: every {@code kafka.*} client setting points
 * there, as a SCRAM user of its own that does not exist yet (the test creates it when it wants the login to work).
 * The user and password are handed to the test as {@code kit.sasl.user} / {@code kit.sasl.password}.
 */
public class KitSaslKafkaResource extends CrmInfraTestResource {
    static final Path LOG = Path.of("target/kit-sasl.log");

    private final String user = "kit-relay-" + UUID.randomUUID().toString().substring(0, 8);
    private final String password = UUID.randomUUID().toString();

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        KafkaTestClient.deleteScramUser(user);
        TestInfrastructure.kafkaSaslClientConfig(user, password)
                .forEach((key, value) -> config.put("kafka." + key, value));
        config.put("kit.sasl.user", user);
        config.put("kit.sasl.password", password);
        try {
            Files.deleteIfExists(LOG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return config;
    }

    @Override
    public void stop() {
        KafkaTestClient.deleteScramUser(user);
    }
}
