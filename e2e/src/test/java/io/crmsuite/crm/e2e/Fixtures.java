package io.crmsuite.crm.e2e;

import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Records created for the run, owned by rep.east1 (team east): one of each kind, shared ({@code {lead}},
 * {@code {contact}} …), and fresh ones on demand ({@code {newLead}} …) for operations that change or consume their
 * record (status, conversion, erasure). A placeholder names a record kind; {@link #path} fills a path with real
 * records or with unknown ids.
 */
final class Fixtures {
    static final String OWNER = "rep.east1";
    private static final Map<String, String> SHARED = new ConcurrentHashMap<>();
    private static final Map<String, Supplier<String>> KINDS = Map.ofEntries(
            Map.entry("lead", () -> shared("lead", Fixtures::newLead)),
            Map.entry("contact", () -> shared("contact", Fixtures::newContact)),
            Map.entry("account", () -> shared("account", Fixtures::newAccount)),
            Map.entry("task", () -> shared("task", () -> newTask(contact()))),
            Map.entry("leadImport", () -> shared("leadImport", Fixtures::newLeadImport)),
            Map.entry("contactImport", () -> shared("contactImport", Fixtures::newContactImport)),
            Map.entry("erasureRequest", () -> shared("erasureRequest", Fixtures::newErasureRequest)),
            Map.entry("newLead", Fixtures::newLead),
            Map.entry("newContact", Fixtures::newContact),
            Map.entry("newAccount", Fixtures::newAccount),
            Map.entry("newExternalId", () -> Api.unique("ext")),
            Map.entry("random", () -> UUID.randomUUID().toString()));

    /** The record kind a document's path parameter stands for: the collection segment in front of it. */
    private static final Map<String, String> COLLECTIONS = Map.of(
            "leads", "lead",
            "contacts", "contact",
            "customers", "contact",
            "accounts", "account",
            "tasks", "task",
            "lead-imports", "leadImport",
            "imports", "contactImport",
            "erasure-requests", "erasureRequest",
            "by-external-id", "newExternalId");

    private Fixtures() {}

    static String lead() {
        return record("lead");
    }

    static String contact() {
        return record("contact");
    }

    static String account() {
        return record("account");
    }

    /** The id a placeholder of RBAC.md names ({@code lead}, {@code newContact}, {@code random} …). */
    static String record(String kind) {
        Supplier<String> supplier = KINDS.get(kind);
        if (supplier == null) {
            throw new IllegalArgumentException("no fixture for {" + kind + "}: add one to Fixtures");
        }
        return supplier.get();
    }

    /** Whether RBAC.md may use {@code {kind}}. */
    static boolean knows(String kind) {
        return KINDS.containsKey(kind);
    }

    /** A path of RBAC.md with its placeholders replaced by records. */
    static String resolve(String path) {
        StringBuilder resolved = new StringBuilder();
        var matcher = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
        while (matcher.find()) {
            matcher.appendReplacement(resolved, record(matcher.group(1)));
        }
        return matcher.appendTail(resolved).toString();
    }

    /**
     * A document's path with real records ({@code realIds}: each parameter by the collection in front of it, fresh
     * ones for {@code fresh}) or with ids that exist nowhere.
     */
    static String path(String template, boolean realIds, boolean fresh) {
        String[] segments = template.split("/");
        for (int i = 0; i < segments.length; i++) {
            if (!segments[i].startsWith("{")) {
                continue;
            }
            String kind = COLLECTIONS.get(segments[i - 1]);
            if (kind == null) {
                throw new IllegalStateException("no fixture for the parameter after /" + segments[i - 1] + " in "
                        + template + ": add the collection to Fixtures.COLLECTIONS");
            }
            if (!realIds) {
                segments[i] = kind.equals("newExternalId")
                        ? Api.unique("unknown")
                        : UUID.randomUUID().toString();
            } else if (fresh && KINDS.containsKey("new" + Character.toUpperCase(kind.charAt(0)) + kind.substring(1))) {
                segments[i] = record("new" + Character.toUpperCase(kind.charAt(0)) + kind.substring(1));
            } else {
                segments[i] = record(kind);
            }
        }
        return String.join("/", segments);
    }

    private static String shared(String kind, Supplier<String> create) {
        return SHARED.computeIfAbsent(kind, k -> create.get());
    }

    static String newLead() {
        return created(
                Api.as(OWNER)
                        .contentType("application/json")
                        .body(Map.of(
                                "name", "Fixture Lead",
                                "region", "East China",
                                "email", Api.unique("fixture") + "@example.com"))
                        .post("/api/v1/leads"),
                201);
    }

    /** A contact of rep.east1 without marketing consent. */
    static String newContact() {
        return created(
                Api.as(OWNER)
                        .contentType("application/json")
                        .body(Map.of("givenName", "Fixture", "familyName", Api.unique("Contact")))
                        .post("/api/v1/contacts?onDuplicate=allow"),
                201);
    }

    static String newAccount() {
        return created(
                Api.as(OWNER)
                        .contentType("application/json")
                        .body(Map.of("name", Api.unique("Fixture Account"), "region", "East China"))
                        .post("/api/v1/accounts"),
                201);
    }

    static String newTask(String contactId) {
        return created(
                Api.as(OWNER)
                        .contentType("application/json")
                        .body(Map.of(
                                "title",
                                "Fixture task",
                                "dueAt",
                                Instant.now().plusSeconds(86_400).toString()))
                        .post("/api/v1/contacts/" + contactId + "/tasks"),
                201);
    }

    static String newLeadImport() {
        return created(
                Api.as(OWNER)
                        .contentType("application/json")
                        .body(List.of(Map.of(
                                "name", "Imported Fixture", "region", "East China", "company", Api.unique("Import"))))
                        .post("/api/v1/lead-imports"),
                202);
    }

    static String newContactImport() {
        return created(
                Api.as(OWNER)
                        .contentType("application/json")
                        .body(List.of(Map.of("givenName", "Imported", "familyName", Api.unique("Fixture"))))
                        .post("/api/v1/imports/contacts?onDuplicate=allow"),
                202);
    }

    /** An erasure request (by admins only) for an email nobody has: it erases nothing. */
    static String newErasureRequest() {
        return created(
                Api.as("admin")
                        .contentType("application/json")
                        .body(Map.of("email", Api.unique("nobody") + "@example.com", "reason", "RBAC fixture"))
                        .post("/api/v1/erasure-requests"),
                202);
    }

    private static String created(Response response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("creating a fixture: " + response.statusCode() + " " + response.asString());
        }
        return response.path("id");
    }
}
