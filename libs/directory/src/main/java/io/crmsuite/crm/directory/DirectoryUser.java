package io.crmsuite.crm.directory;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A user of the realm as services see them: the subject of their tokens ({@code id}), username, email, and the
 * admin-edited attributes that are also token claims: team, region and seniority ({@code senior} / {@code junior},
 * lower case; null when not set).
 */
public record DirectoryUser(
        String id, String username, String email, boolean enabled, String team, String region, String seniority) {

    static DirectoryUser of(KeycloakDirectoryClient.User user) {
        Map<String, List<String>> attributes = user.attributes() == null ? Map.of() : user.attributes();
        String seniority = first(attributes, "seniority");
        return new DirectoryUser(
                user.id(),
                user.username(),
                user.email() == null || user.email().isBlank() ? null : user.email(),
                !Boolean.FALSE.equals(user.enabled()),
                first(attributes, "team"),
                first(attributes, "region"),
                seniority == null ? null : seniority.toLowerCase(Locale.ROOT));
    }

    private static String first(Map<String, List<String>> attributes, String name) {
        List<String> values = attributes.get(name);
        return values == null || values.isEmpty() || values.getFirst().isBlank()
                ? null
                : values.getFirst().strip();
    }
}
