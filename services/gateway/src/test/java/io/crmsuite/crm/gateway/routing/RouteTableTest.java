package io.crmsuite.crm.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RouteTableTest {
    private static GatewayRoute route(String name, String prefix, String... roles) {
        return new GatewayRoute(name, prefix, "up", false, Set.of(roles), Duration.ofSeconds(1), 1, 1024);
    }

    private final RouteTable table = new RouteTable(List.of(
            route("imports", "/api/v1/imports"),
            route("contact-imports", "/api/v1/imports/contacts"),
            route("leads", "/api/v1/leads")));

    @Test
    void longestPrefixWins() {
        assertEquals(
                "contact-imports",
                table.match("/api/v1/imports/contacts").orElseThrow().name());
        assertEquals("imports", table.match("/api/v1/imports/42").orElseThrow().name());
    }

    @Test
    void prefixesMatchWholeSegmentsOnly() {
        assertEquals("leads", table.match("/api/v1/leads").orElseThrow().name());
        assertEquals(
                "leads", table.match("/api/v1/leads/7/convert").orElseThrow().name());
        assertTrue(table.match("/api/v1/leadsX").isEmpty());
        assertTrue(table.match("/api/v1/lead").isEmpty());
    }

    @Test
    void pathsClimbingOutOfARouteMatchNothing() {
        assertTrue(table.match("/api/v1/leads/../contacts").isEmpty());
        assertTrue(table.match("/api/v1/leads/..").isEmpty());
    }

    @Test
    void rolesAdmitAnyOfThemOrEveryoneWhenNoneAreNamed() {
        GatewayRoute staff = route("contacts", "/api/v1/contacts", "sales-rep", "crm-admin");
        assertTrue(staff.admits(Set.of("sales-rep")));
        assertFalse(staff.admits(Set.of("partner")));
        assertTrue(route("leads", "/api/v1/leads").admits(Set.of("partner")));
    }

    @Test
    void aPrefixMustBeAnAbsolutePathWithoutTrailingSlash() {
        assertThrows(IllegalArgumentException.class, () -> route("bad", "api/v1/x"));
        assertThrows(IllegalArgumentException.class, () -> route("bad", "/api/v1/x/"));
    }
}
