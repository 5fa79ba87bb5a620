package io.crmsuite.crm.contact.service;

import io.crmsuite.crm.security.CurrentUser;

/** Who makes a change and through which door: {@code api:PATCH /api/v1/contacts/{id}} or {@code event:<type>/<id>}. */
public record Actor(String name, String via) {

    public static Actor api(CurrentUser user, String route) {
        return new Actor(user.actor(), "api:" + route);
    }

    public static Actor event(String type, String eventId) {
        return new Actor("system:contact-service", "event:" + type + "/" + eventId);
    }

    public static Actor schedule(String job) {
        return new Actor("system:contact-service", "schedule:" + job);
    }
}
