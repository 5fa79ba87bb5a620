package io.crmsuite.crm.lead.domain;

import io.crmsuite.crm.audit.Actor;
import io.crmsuite.crm.events.lead.LeadSource;
import io.crmsuite.crm.security.CurrentUser;
import io.crmsuite.crm.security.Roles;

/**
 * Who captured a lead: {@code id} is stored as the lead's submitter (a user's subject, a partner's client id, or
 * {@code web-form}); {@code actor} names them in events. {@code user} is null for the public web form.
 */
public record Submitter(String id, Kind kind, String actor, CurrentUser user) {
    public static final String WEB_FORM_ID = "web-form";

    public enum Kind {
        USER,
        PARTNER,
        WEB_FORM,
        IMPORT
    }

    public static Submitter of(CurrentUser user) {
        return user.isPartner()
                ? new Submitter(user.clientId(), Kind.PARTNER, "client:" + user.clientId(), user)
                : new Submitter(user.subject(), Kind.USER, user.subject(), user);
    }

    public static Submitter webForm() {
        return new Submitter(WEB_FORM_ID, Kind.WEB_FORM, WEB_FORM_ID, null);
    }

    public static Submitter importBy(CurrentUser user) {
        return new Submitter(user.subject(), Kind.IMPORT, user.subject(), user);
    }

    /** Who captured, as the audit trail names them, and through which door. */
    public Actor auditActor() {
        String name = user == null ? WEB_FORM_ID : user.actor();
        return switch (kind) {
            case USER, PARTNER -> new Actor(name, "api:POST /api/v1/leads");
            case WEB_FORM -> new Actor(name, "api:POST /api/v1/web-forms/leads");
            case IMPORT -> new Actor(name, "import:POST /api/v1/lead-imports");
        };
    }

    /** The source a capture through this door records: fixed for partners and the web form, else as declared. */
    public LeadSource sourceOf(LeadSource declared) {
        return switch (kind) {
            case PARTNER -> LeadSource.PARTNER_API;
            case WEB_FORM -> LeadSource.WEB_FORM;
            case IMPORT -> declared == null ? LeadSource.IMPORT : declared;
            case USER -> declared == null ? LeadSource.OTHER : declared;
        };
    }

    /** A sales rep (not a manager or admin) keeps the leads they enter; every other capture is routed by rules. */
    public boolean keepsOwnLeads() {
        return user != null
                && (kind == Kind.USER || kind == Kind.IMPORT)
                && user.has(Roles.SALES_REP)
                && !user.has(Roles.SALES_MANAGER)
                && !user.isAdmin();
    }
}
