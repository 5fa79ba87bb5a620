package io.crmsuite.crm.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The shipped demo script is well-formed: each step parses, and every id it uses was saved by an earlier step. */
class DemoContentTest {
    private static final Set<String> USERS =
            Set.of("admin", "manager.east", "manager.west", "rep.east1", "rep.east2", "rep.west1", "anonymous");

    @Test
    void theShippedScriptIsWellFormed() {
        List<DemoContent.Step> steps = DemoContent.steps(DemoContent.script());
        assertTrue(steps.size() > 20, "steps: " + steps.size());
        Set<String> saved = new HashSet<>();
        Pattern reference = Pattern.compile("\\{\\{([a-z]+)}}");
        for (DemoContent.Step step : steps) {
            assertTrue(USERS.contains(step.user()), "line " + step.line() + ": user " + step.user());
            assertTrue(Set.of("POST", "PUT", "PATCH").contains(step.method()), "line " + step.line());
            assertTrue(step.path().startsWith("/api/v1/"), "line " + step.line());
            Matcher used = reference.matcher(step.path() + step.body());
            while (used.find()) {
                String name = used.group(1);
                assertTrue(
                        name.equals("tag") || name.equals("num") || saved.contains(name),
                        "line " + step.line() + " uses {{" + name + "}} before it is saved");
            }
            if (step.saveAs() != null) {
                assertTrue(saved.add(step.saveAs()), "line " + step.line() + " saves " + step.saveAs() + " twice");
            }
        }
        // leads at every status a rep can reach by hand, and one converted
        String all = DemoContent.script();
        for (String status : List.of("WORKING", "NURTURING", "QUALIFIED", "DISQUALIFIED", "RECYCLED")) {
            assertTrue(all.contains("{\"status\":\"" + status + "\""), status);
        }
        assertTrue(all.contains("/convert"));
    }

    @Test
    void variablesAreReplacedAndAnUnknownOneIsAnError() {
        DemoContent.Step step = new DemoContent.Step(7, "admin", "POST", "/api/v1/x", null, "");
        Instant now = Instant.parse("2026-12-08T10:00:00Z");
        assertEquals(
                "/api/v1/contacts/abc/tasks due 2026-12-10T10:00:00Z ago 2026-11-08T10:00:00Z -t1 0042",
                DemoContent.substitute(
                        "/api/v1/contacts/{{wei}}/tasks due {{in:2d}} ago {{ago:30d}} {{tag}} {{num}}",
                        Map.of("wei", "abc"),
                        "-t1",
                        "0042",
                        now,
                        step));
        IllegalArgumentException unknown = assertThrows(
                IllegalArgumentException.class,
                () -> DemoContent.substitute("{{nobody}}", Map.of(), "", "8000", now, step));
        assertTrue(unknown.getMessage().contains("line 7"));
        assertEquals("leads/status", DemoContent.collection("/api/v1/leads/{{working}}/status"));
        assertFalse(DemoContent.steps("# only a comment\n").iterator().hasNext());
    }
}
