package io.crmsuite.crm.audit;

import io.crmsuite.crm.security.CurrentUser;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Who makes a change and through which door: {@code api:PATCH /api/v1/contacts/{id}}, {@code event:<type>/<id>},
 * {@code schedule:<job>}. A change the service makes on its own is made by {@code system:<application name>}.
 */
public record Actor(String name, String via) {

    public static Actor api(CurrentUser user, String route) {
        return new Actor(user.actor(), "api:" + route);
    }

    public static Actor event(String type, String eventId) {
        return new Actor(system(), "event:" + type + "/" + eventId);
    }

    public static Actor schedule(String job) {
        return new Actor(system(), "schedule:" + job);
    }

    /** {@code system:lead-service}: the service itself ({@code quarkus.application.name}). */
    public static String system() {
        return SystemName.VALUE;
    }

    /** Read once, on first use. */
    private static final class SystemName {
        static final String VALUE = "system:"
                + ConfigProvider.getConfig()
                        .getOptionalValue("quarkus.application.name", String.class)
                        .orElse("crm");
    }
}
