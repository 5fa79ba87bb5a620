package io.crmsuite.crm.audit;

import io.crmsuite.crm.rest.problem.InvalidRequestException;
import java.time.Instant;
import java.util.UUID;

/**
 * What an auditor asks of one kind of record: optionally one record, one actor, one action and a time range
 * ({@code from} inclusive, {@code to} exclusive). Newest first.
 */
public record AuditFilter(String recordType, UUID recordId, String actor, String action, Instant from, Instant to) {

    public AuditFilter {
        if (from != null && to != null && !from.isBefore(to)) {
            throw InvalidRequestException.forField("to", "must be after from");
        }
    }

    public static AuditFilter of(String recordType) {
        return new AuditFilter(recordType, null, null, null, null, null);
    }
}
