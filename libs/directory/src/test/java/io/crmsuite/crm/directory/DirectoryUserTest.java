package io.crmsuite.crm.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DirectoryUserTest {

    @Test
    void theAttributesThatAreAlsoClaimsAreRead() {
        DirectoryUser user = DirectoryUser.of(new KeycloakDirectoryClient.User(
                "id-1",
                "rep.east1",
                "rep.east1@crm.local",
                true,
                Map.of("team", List.of("east"), "region", List.of("East China"), "seniority", List.of("Senior"))));
        assertEquals(
                new DirectoryUser("id-1", "rep.east1", "rep.east1@crm.local", true, "east", "East China", "senior"),
                user);
    }

    @Test
    void missingAttributesAndBlankValuesAreNull() {
        DirectoryUser user = DirectoryUser.of(
                new KeycloakDirectoryClient.User("id-2", "agent", " ", false, Map.of("team", List.of(" "))));
        assertNull(user.email());
        assertNull(user.team());
        assertNull(user.region());
        assertNull(user.seniority());
        assertFalse(user.enabled());
        assertNull(DirectoryUser.of(new KeycloakDirectoryClient.User("id-3", "x", null, null, null))
                .team());
    }
}
