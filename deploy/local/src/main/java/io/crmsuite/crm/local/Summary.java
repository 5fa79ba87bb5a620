package io.crmsuite.crm.local;

import java.util.List;

/** What `make run` prints once the stack is up: components, demo users, and a copy-paste example. */
final class Summary {
    private static final List<String[]> DEMO_USERS = List.of(
            new String[] {"admin", "crm-admin", "everything, including configuration"},
            new String[] {"manager.east", "sales-manager", "team east (East China)"},
            new String[] {"manager.west", "sales-manager", "team west (West China)"},
            new String[] {"rep.east1", "sales-rep", "team east, region East China"},
            new String[] {"rep.east2", "sales-rep", "team east, region East China"},
            new String[] {"rep.west1", "sales-rep", "team west, region West China"},
            new String[] {"support.lead", "support-manager", "all tickets"},
            new String[] {"agent1", "support-agent", "tickets assigned to them or their group"},
            new String[] {"marketer1", "marketer", "campaigns; contacts with marketing consent"},
            new String[] {"auditor1", "auditor", "read-only everything"});

    private Summary() {}

    static void printStatus(Stack stack) {
        System.out.printf("%-20s %-20s %-8s %s%n", "COMPONENT", "STATE", "PID", "URL");
        for (Stack.ComponentStatus row : stack.status()) {
            System.out.printf(
                    "%-20s %-20s %-8s %s%n",
                    row.name(), row.state(), row.pid() > 0 ? Long.toString(row.pid()) : "-", row.url());
        }
    }

    private static String firstReady(Stack stack, String... names) {
        for (String name : names) {
            boolean ready = stack.status().stream()
                    .anyMatch(row -> row.name().equals(name) && row.state().equals("ready"));
            if (ready) {
                return name;
            }
        }
        return null;
    }

    static void print(Stack stack) {
        String keycloak = stack.environment().get("CRM_KEYCLOAK_URL");
        String gateway = stack.environment().get("CRM_GATEWAY_URL");
        System.out.println();
        System.out.println("══ CRM local stack ══════════════════════════════════════════════════════════════");
        printStatus(stack);
        System.out.println();
        System.out.println("Demo users (realm crm; local only — the password is the username):");
        for (String[] user : DEMO_USERS) {
            System.out.printf("  %-14s %-16s %s%n", user[0], user[1], user[2]);
        }
        System.out.println("  partner-acme   partner          client credentials, secret partner-acme-secret");
        System.out.println();
        System.out.println("Try it:");
        System.out.println("  TOKEN=$(curl -s " + keycloak + "/realms/crm/protocol/openid-connect/token \\");
        System.out.println(
                "    -d grant_type=password -d client_id=crm-cli -d scope=openid -d username=rep.east1 -d password=rep.east1 \\");
        System.out.println("    | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')");
        String api = firstReady(stack, "gateway", "lead-service", "contact-service");
        if (api == null) {
            System.out.println("  curl -s -H \"Authorization: Bearer $TOKEN\" " + keycloak
                    + "/realms/crm/protocol/openid-connect/userinfo");
        } else if (api.equals("gateway")) {
            System.out.println("  curl -s -H \"Authorization: Bearer $TOKEN\" " + gateway + "/api/v1/leads");
            System.out.println();
            System.out.println("API (every service, through the gateway): " + gateway + "/api/v1/…");
            System.out.println("API docs (combined OpenAPI + Swagger UI):  " + gateway + "/api/docs/");
        } else {
            String resource = api.equals("lead-service") ? "leads" : "contacts";
            System.out.println("  curl -s -H \"Authorization: Bearer $TOKEN\" "
                    + stack.environment().get("CRM_" + api.toUpperCase().replace('-', '_') + "_URL") + "/api/v1/"
                    + resource);
            System.out.println("  (no gateway yet: services answer directly; the gateway will be " + gateway + ")");
        }
        System.out.println();
        System.out.println("Logs: `make logs`; stop: Ctrl-C or `make stop`.");
    }
}
