package io.crmsuite.crm.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The role constants and the realm as code must not drift apart. */
class RolesMatchRealmTest {
    @Test
    void everyRealmRoleHasAConstantAndViceVersa() throws Exception {
        JsonNode realm = new ObjectMapper()
                .readTree(Path.of("../../deploy/keycloak/crm-realm.json").toFile());
        Set<String> inRealm = new TreeSet<>();
        realm.path("roles")
                .path("realm")
                .forEach(role -> inRealm.add(role.path("name").asText()));
        assertEquals(new TreeSet<>(Roles.ALL), inRealm);
    }

    @Test
    void managersHaveTheirTeamMembersRightsByComposition() throws Exception {
        JsonNode realm = new ObjectMapper()
                .readTree(Path.of("../../deploy/keycloak/crm-realm.json").toFile());
        for (JsonNode role : realm.path("roles").path("realm")) {
            String name = role.path("name").asText();
            if (name.equals(Roles.SALES_MANAGER)) {
                assertEquals(
                        Roles.SALES_REP,
                        role.path("composites").path("realm").get(0).asText());
            }
            if (name.equals(Roles.SUPPORT_MANAGER)) {
                assertEquals(
                        Roles.SUPPORT_AGENT,
                        role.path("composites").path("realm").get(0).asText());
            }
        }
    }
}
