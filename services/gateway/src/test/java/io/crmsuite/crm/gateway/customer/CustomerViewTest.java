package io.crmsuite.crm.gateway.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerViewTest {
    @Test
    void shownPartsAppearDegradedOnesAreNamedWithheldOnesLeaveNoTrace() {
        CustomerView view = CustomerView.of(
                "c1",
                List.of(
                        PartResult.shown("contact", new JsonObject().put("id", "c1")),
                        PartResult.degraded("leads", "timed out"),
                        PartResult.withheld("open-tasks", 403),
                        PartResult.absent("account")));
        JsonObject json = view.toJson();
        assertEquals("c1", json.getJsonObject("contact").getString("id"));
        assertEquals(new JsonArray().add("leads"), json.getJsonArray("degraded"));
        assertFalse(json.containsKey("open-tasks"));
        assertFalse(json.containsKey("account"));
        assertFalse(json.containsKey("leads"));
    }
}
