package io.crmsuite.crm.security;

import java.util.List;

/** Realm roles of {@code deploy/keycloak/crm-realm.json} (docs/architecture.md §8). A test keeps the two in step. */
public final class Roles {
    public static final String ADMIN = "crm-admin";
    public static final String SALES_MANAGER = "sales-manager";
    public static final String SALES_REP = "sales-rep";
    public static final String SUPPORT_MANAGER = "support-manager";
    public static final String SUPPORT_AGENT = "support-agent";
    public static final String MARKETER = "marketer";
    public static final String PARTNER = "partner";
    public static final String AUDITOR = "auditor";

    public static final List<String> ALL =
            List.of(ADMIN, SALES_MANAGER, SALES_REP, SUPPORT_MANAGER, SUPPORT_AGENT, MARKETER, PARTNER, AUDITOR);

    private Roles() {}
}
