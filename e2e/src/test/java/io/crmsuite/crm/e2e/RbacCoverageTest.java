package io.crmsuite.crm.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crmsuite.crm.testkit.openapi.ApiDocuments;
import io.crmsuite.crm.testkit.openapi.ApiOperation;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * RBAC.md cannot fall behind the API: every operation of api-specs/openapi has at least one row (a new endpoint fails
 * here until someone writes down who may call it), and every row names an operation that exists.
 */
class RbacCoverageTest {
    private static final List<String> USERS = List.of(
            "admin",
            "manager.east",
            "rep.east1",
            "rep.west1",
            "support.lead",
            "agent1",
            "marketer1",
            "auditor1",
            Api.PARTNER,
            Api.ANONYMOUS);

    private final RbacTable table = RbacTable.read();
    private final Set<String> operations = ApiDocuments.checkedIn().operations().stream()
            .map(op -> op.method() + " " + RbacTable.placeholdersErased(op.path()))
            .collect(Collectors.toCollection(TreeSet::new));

    @Test
    void everyOperationOfTheDocumentsHasARow() {
        Set<String> missing = uncovered(table, operations);
        assertTrue(
                missing.isEmpty(),
                () -> "RBAC.md has no row for " + missing.size() + " operation(s) of api-specs/openapi; add one per"
                        + " operation with the status each demo user gets:\n  " + String.join("\n  ", missing));
    }

    /** The operations no row of {@code table} exercises. */
    static Set<String> uncovered(RbacTable table, Set<String> operations) {
        Set<String> rows = table.rows().stream().map(RbacTable.Row::operation).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>(operations);
        missing.removeAll(rows);
        return missing;
    }

    @Test
    void everyRowNamesAnOperationThatExists() {
        Set<String> stale = table.rows().stream()
                .map(RbacTable.Row::operation)
                .filter(op -> !operations.contains(op))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(stale.isEmpty(), () -> "RBAC.md rows for operations no document declares: " + stale);
    }

    @Test
    void everyRowHasACellForEveryDemoUserAndOnlyKnownPlaceholders() {
        assertEquals(USERS, table.users());
        for (RbacTable.Row row : table.rows()) {
            var placeholders = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(row.path());
            while (placeholders.find()) {
                String kind = placeholders.group(1);
                assertTrue(Fixtures.knows(kind), () -> row.path() + ": no fixture for {" + kind + "}");
            }
        }
    }

    @Test
    void aNewOperationWithoutARowIsNamed() {
        RbacTable partial = RbacTable.parse(List.of(
                "| endpoint | admin |",
                "|---|---|",
                "| GET /api/v1/leads/{lead} | 200 |",
                "| GET /api/v1/leads | 200 |"));
        Set<String> withANewOne = new TreeSet<>(operations);
        withANewOne.add("DELETE /api/v1/leads/{}");
        Set<String> missing = uncovered(partial, withANewOne);
        assertTrue(missing.contains("DELETE /api/v1/leads/{}"), missing::toString);
        assertTrue(missing.contains("POST /api/v1/leads"), missing::toString);
        assertTrue(!missing.contains("GET /api/v1/leads/{}"), missing::toString);
    }

    @Test
    void documentPathsAndRowPathsMeetOnTheirShape() {
        ApiOperation status = ApiDocuments.checkedIn().operations().stream()
                .filter(op -> op.key().equals("POST /api/v1/leads/{id}/status"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                RbacTable.placeholdersErased(status.path()),
                RbacTable.placeholdersErased("/api/v1/leads/{newLead}/status"));
    }
}
