package io.crmsuite.crm.contact.repository;

import io.crmsuite.crm.events.contact.CustomerStatus;
import io.crmsuite.crm.events.contact.LifecycleStage;
import io.crmsuite.crm.events.contact.ValueTier;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The list filters of contacts, already validated and normalised (email lower case, phone E.164). Every value is a
 * bound parameter; {@code q} matches any part of name, company or email (trigram-indexed).
 */
public record ContactFilter(
        String q,
        String name,
        String email,
        String phone,
        String tag,
        ValueTier tier,
        LifecycleStage stage,
        CustomerStatus status,
        String ownerId,
        String team,
        String region,
        String industry,
        Instant updatedSince) {

    /** The same filter without the free-text term. */
    public ContactFilter withoutText() {
        return new ContactFilter(
                null, name, email, phone, tag, tier, stage, status, ownerId, team, region, industry, updatedSince);
    }

    /** {@code and ...} conditions over alias c (empty when nothing is filtered). */
    public String predicate() {
        StringBuilder where = new StringBuilder(" and c.erasedAt is null");
        if (q != null) {
            where.append(" and c.searchText like :q");
        }
        if (name != null) {
            where.append(" and lower(c.displayName) like :name");
        }
        if (email != null) {
            where.append(" and array_contains(c.emails, :email)");
        }
        if (phone != null) {
            where.append(" and array_contains(c.phones, :phone)");
        }
        if (tag != null) {
            where.append(" and array_contains(c.tags, :tag)");
        }
        append(where, tier, "c.valueTier = :tier");
        append(where, stage, "c.lifecycleStage = :stage");
        append(where, status, "c.customerStatus = :status");
        append(where, ownerId, "c.ownerId = :ownerId");
        append(where, team, "c.team = :team");
        append(where, region, "c.region = :region");
        append(where, industry, "c.accountId in (select a.id from Account a where a.industry = :industry)");
        append(where, updatedSince, "c.updatedAt >= :updatedSince");
        return where.toString();
    }

    public Map<String, Object> parameters() {
        Map<String, Object> p = new HashMap<>();
        put(p, "q", q == null ? null : "%" + escape(q.toLowerCase(Locale.ROOT)) + "%");
        put(p, "name", name == null ? null : "%" + escape(name.toLowerCase(Locale.ROOT)) + "%");
        put(p, "email", email);
        put(p, "phone", phone);
        put(p, "tag", tag);
        put(p, "tier", tier);
        put(p, "stage", stage);
        put(p, "status", status);
        put(p, "ownerId", ownerId);
        put(p, "team", team);
        put(p, "region", region);
        put(p, "industry", industry);
        put(p, "updatedSince", updatedSince);
        return p;
    }

    private static void append(StringBuilder where, Object value, String condition) {
        if (value != null) {
            where.append(" and ").append(condition);
        }
    }

    private static void put(Map<String, Object> p, String key, Object value) {
        if (value != null) {
            p.put(key, value);
        }
    }

    /** LIKE wildcards in user input are matched literally. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
