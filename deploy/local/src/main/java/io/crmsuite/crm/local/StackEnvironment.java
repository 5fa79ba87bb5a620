package io.crmsuite.crm.local;

import java.util.LinkedHashMap;
import java.util.Map;

/** The CRM_* variables that tell services and tests where the stack's servers are. */
final class StackEnvironment {
    private final StackSettings settings;
    private final KafkaComponent kafka;
    private final KeycloakComponent keycloak;
    private final SmtpComponent smtp;
    private final Map<String, Integer> services;

    StackEnvironment(
            StackSettings settings,
            KafkaComponent kafka,
            KeycloakComponent keycloak,
            SmtpComponent smtp,
            Map<String, Integer> services) {
        this.settings = settings;
        this.kafka = kafka;
        this.keycloak = keycloak;
        this.smtp = smtp;
        this.services = services;
    }

    Map<String, String> variables() {
        String host = settings.host();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("CRM_POSTGRES_HOST", host);
        env.put("CRM_POSTGRES_PORT", settings.get("postgres.port"));
        env.put("CRM_POSTGRES_USER", settings.get("postgres.user"));
        env.put("CRM_POSTGRES_PASSWORD", settings.get("postgres.password"));
        env.put("CRM_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        // the SASL_PLAINTEXT + SCRAM listener and its user: local demo credentials only
        env.put("CRM_KAFKA_SASL_BOOTSTRAP_SERVERS", kafka.saslBootstrapServers());
        env.put("CRM_KAFKA_SASL_MECHANISM", KafkaComponent.SASL_MECHANISM);
        env.put("CRM_KAFKA_SASL_USER", settings.get("kafka.sasl.user"));
        env.put("CRM_KAFKA_SASL_PASSWORD", settings.get("kafka.sasl.password"));
        env.put("CRM_KEYCLOAK_URL", keycloak.baseUrl());
        env.put("CRM_OIDC_ISSUER", keycloak.baseUrl() + "/realms/" + settings.get("keycloak.realm"));
        env.put("CRM_SMTP_HOST", host);
        env.put("CRM_SMTP_PORT", settings.get("smtp.port"));
        env.put("CRM_MAIL_API_URL", smtp.apiUrl());
        env.put("CRM_DEFAULT_COUNTRY", settings.get("default.country"));
        env.put("CRM_SHUTDOWN_DELAY", settings.get("shutdown.delay"));
        services.forEach((name, port) ->
                env.put("CRM_" + name.toUpperCase().replace('-', '_') + "_URL", "http://" + host + ":" + port));
        return env;
    }
}
