package io.crmsuite.crm.gateway.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PartSpecTest {
    private static PartSpec spec(String path, String keepWhere, Integer max) {
        return new PartSpec(
                "p",
                "up",
                path,
                false,
                Optional.ofNullable(keepWhere),
                max == null ? OptionalInt.empty() : OptionalInt.of(max));
    }

    @Test
    void pathVariablesAreFilledAndAMissingOneMeansNothingToFetch() {
        PartSpec account = spec("/api/v1/accounts/{accountId}", null, null);
        assertEquals(Optional.of("/api/v1/accounts/a1"), account.path(Map.of("contactId", "c1", "accountId", "a1")));
        assertTrue(account.path(Map.of("contactId", "c1")).isEmpty());
        assertEquals(
                Optional.of("/api/v1/leads?contactId=c1"),
                spec("/api/v1/leads?contactId={contactId}", null, null).path(Map.of("contactId", "c1")));
    }

    @Test
    void listsAreFilteredThenCapped() {
        JsonArray tasks = new JsonArray(List.of(
                new JsonObject().put("id", 1).put("status", "OPEN"),
                new JsonObject().put("id", 2).put("status", "DONE"),
                new JsonObject().put("id", 3).put("status", "OPEN"),
                new JsonObject().put("id", 4).put("status", "OPEN")));
        JsonArray shaped = (JsonArray) spec("/x", "status=OPEN", 2).shape(tasks);
        assertEquals(
                List.of(1, 3),
                shaped.stream().map(o -> ((JsonObject) o).getInteger("id")).toList());
    }

    @Test
    void aPageOfACursorListBecomesItsItems() {
        JsonObject page = new JsonObject()
                .put("items", new JsonArray(List.of(new JsonObject().put("id", 1), new JsonObject().put("id", 2))))
                .put("nextCursor", "abc");
        assertEquals(1, ((JsonArray) spec("/x", null, 1).shape(page)).size());
    }

    @Test
    void objectsPassUnchanged() {
        JsonObject contact = new JsonObject().put("id", "c1");
        assertEquals(contact, spec("/x", "status=OPEN", 1).shape(contact));
    }

    @Test
    void aKeepWhereRuleMustReadFieldEqualsValue() {
        assertThrows(IllegalArgumentException.class, () -> spec("/x", "status", null));
    }
}
