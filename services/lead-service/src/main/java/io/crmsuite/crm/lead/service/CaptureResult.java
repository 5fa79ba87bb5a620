package io.crmsuite.crm.lead.service;

import io.crmsuite.crm.lead.domain.Lead;

/** What a capture did: a new lead, a partner upsert of an existing one, or an interaction on an open duplicate. */
public record CaptureResult(Lead lead, Outcome outcome) {
    public enum Outcome {
        CREATED,
        UPDATED,
        INTERACTION_ADDED
    }
}
