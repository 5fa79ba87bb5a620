package io.crmsuite.crm.contact.mapping;

import io.crmsuite.crm.contact.AuditEntry;
import io.crmsuite.crm.contact.Consent;
import io.crmsuite.crm.contact.FollowUpTask;
import io.crmsuite.crm.contact.Interaction;
import io.crmsuite.crm.contact.LifecycleChange;
import io.crmsuite.crm.contact.Purchase;
import java.time.Instant;
import java.util.List;

/** Everything this service holds about one person, machine-readable (data portability / access request). */
public record PersonExport(
        String format,
        Instant exportedAt,
        ContactView contact,
        AccountView account,
        List<Interaction> interactions,
        List<FollowUpTask> tasks,
        List<Consent> consents,
        List<Purchase> purchases,
        List<LifecycleChange> lifecycle,
        List<AuditEntry> audit) {}
