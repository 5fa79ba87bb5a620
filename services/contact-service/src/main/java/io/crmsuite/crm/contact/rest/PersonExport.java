package io.crmsuite.crm.contact.rest;

import io.crmsuite.crm.audit.AuditEntry;
import io.crmsuite.crm.contact.domain.Consent;
import io.crmsuite.crm.contact.domain.FollowUpTask;
import io.crmsuite.crm.contact.domain.Interaction;
import io.crmsuite.crm.contact.domain.LifecycleChange;
import io.crmsuite.crm.contact.domain.Purchase;
import io.crmsuite.crm.contact.domain.PurchaseItem;
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
        List<PurchaseItem> purchaseItems,
        List<LifecycleChange> lifecycle,
        List<AuditEntry> audit) {}
