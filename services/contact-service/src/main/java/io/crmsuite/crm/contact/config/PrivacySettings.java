package io.crmsuite.crm.contact.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Privacy requests by person ({@code crm.privacy.*}). */
@ConfigMapping(prefix = "crm.privacy")
public interface PrivacySettings {
    /**
     * The services that must answer an erasure request before it is complete (env {@code CRM_PRIVACY_SERVICES}); each
     * later service that holds personal data adds its name and answers {@code crm.contact.erasure-requested.v1} with
     * its own {@code erasure-completed} event.
     */
    @WithDefault("contact-service,lead-service")
    List<String> services();
}
