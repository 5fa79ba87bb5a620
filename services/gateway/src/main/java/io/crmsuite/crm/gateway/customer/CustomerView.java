package io.crmsuite.crm.gateway.customer;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;

/**
 * The composed view. Its status follows the contact part: shown → 200 with every shown part and the names of the
 * degraded ones; withheld → that status (404: the caller may not see this contact); degraded → 503.
 */
public record CustomerView(String contactId, PartResult contact, List<PartResult> parts) {

    static CustomerView of(String contactId, List<PartResult> results) {
        PartResult contact = results.stream()
                .filter(r -> r.name().equals(Customer360.CONTACT))
                .findFirst()
                .orElseThrow();
        return new CustomerView(contactId, contact, results);
    }

    public JsonObject toJson() {
        JsonObject json = new JsonObject().put("contactId", contactId);
        JsonArray degraded = new JsonArray();
        for (PartResult part : parts) {
            switch (part.outcome()) {
                case SHOWN -> json.put(part.name(), part.value());
                case DEGRADED -> degraded.add(part.name());
                default -> {}
            }
        }
        return json.put("degraded", degraded).put("generatedAt", Instant.now().toString());
    }
}
