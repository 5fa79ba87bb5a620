package io.crmsuite.crm.contact.domain;

/** The kinds of record contact-service keeps an audit trail of ({@code audit_entry.record_type}). */
public final class RecordTypes {
    public static final String CONTACT = "contact";
    public static final String ACCOUNT = "account";
    public static final String ERASURE_REQUEST = "erasure-request";

    private RecordTypes() {}
}
