package io.crmsuite.crm.contact.repository;

import io.crmsuite.crm.contact.domain.AuditEntry;
import io.crmsuite.crm.contact.domain.Contact;
import io.crmsuite.crm.events.contact.ContactSource;
import io.crmsuite.crm.events.contact.CustomerStatus;
import io.crmsuite.crm.events.contact.LifecycleStage;
import io.crmsuite.crm.events.contact.ValueTier;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Set-based SQL of the bulk import on a Vert.x connection (the chunk's transaction): candidate lookups for a whole
 * chunk in one query each, and batched inserts/updates ({@code executeBatch}: one round trip per table and chunk).
 */
@ApplicationScoped
public class ContactBulkStore {
    private static final String COLUMNS = "c.id, c.version, c.given_name, c.family_name, c.display_name, c.name_key,"
            + " c.emails, c.phones, c.account_id, c.title, c.birthday, c.region, c.country, c.preferred_channel,"
            + " c.preferences, c.hidden_needs, c.source, c.owner_id, c.team, c.tags, c.customer_status,"
            + " c.lifecycle_stage, c.value_tier, c.marketing_consent, c.external_id, c.lead_id, c.last_interaction_at,"
            + " c.created_at, c.updated_at";
    private static final String BY_EMAIL_OR_PHONE = "select " + COLUMNS + " from contact c where c.erased_at is null"
            + " and (c.emails && $1::varchar[] or c.phones && $2::varchar[])";
    private static final String BY_NAME_AT_ACCOUNT = "select p.row_number, " + COLUMNS
            + " from unnest($1::int[], $2::uuid[], $3::text[]) as p(row_number, account_id, name_key)"
            + " join contact c on c.account_id = p.account_id and c.name_key % p.name_key and c.erased_at is null";
    /** Separates the values of a row's array column inside one text element of a column array. */
    private static final String SEP = "\u001f";

    private static final String INSERT_CONTACTS = "insert into contact (id, version, given_name, family_name,"
            + " display_name, name_key, emails, phones, account_id, title, birthday, region, country, preferred_channel,"
            + " preferences, hidden_needs, source, owner_id, team, tags, customer_status, lifecycle_stage,"
            + " external_id, search_text, created_at, updated_at)"
            + " select r.id, 0, r.given_name, r.family_name, r.display_name, r.name_key,"
            + " cast(string_to_array(r.emails, chr(31)) as varchar[]), cast(string_to_array(r.phones, chr(31)) as varchar[]),"
            + " r.account_id, r.title, r.birthday, r.region, r.country, r.preferred_channel, r.preferences,"
            + " r.hidden_needs, r.source, r.owner_id, r.team, cast(string_to_array(r.tags, chr(31)) as varchar[]),"
            + " r.customer_status, r.lifecycle_stage, r.external_id, r.search_text, $24, $24"
            + " from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],"
            + " $8::uuid[], $9::text[], $10::date[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[],"
            + " $16::text[], $17::text[], $18::text[], $19::text[], $20::text[], $21::text[], $22::text[], $23::text[])"
            + " with ordinality as r(id, given_name, family_name, display_name, name_key, emails, phones, account_id,"
            + " title, birthday, region, country, preferred_channel, preferences, hidden_needs, source, owner_id, team,"
            + " tags, customer_status, lifecycle_stage, external_id, search_text, ord) order by r.ord";
    private static final Class<?>[] CONTACT_TYPES = {
        UUID.class, String.class, String.class, String.class, String.class, String.class, String.class, UUID.class,
        String.class, LocalDate.class, String.class, String.class, String.class, String.class, String.class,
                String.class,
        String.class, String.class, String.class, String.class, String.class, String.class, String.class
    };
    private static final Class<?>[] AUDIT_TYPES = {
        UUID.class,
        String.class,
        UUID.class,
        String.class,
        String.class,
        String.class,
        String.class,
        String.class,
        String.class
    };
    private static final String UPDATE_MERGED = "update contact set version = $2, given_name = $3, family_name = $4,"
            + " emails = $5, phones = $6, account_id = $7, title = $8, birthday = $9, region = $10, country = $11,"
            + " preferred_channel = $12, preferences = $13, hidden_needs = $14, tags = $15, external_id = $16,"
            + " search_text = $17, name_key = $18, updated_at = $19 where id = $1 and version = $20";
    private static final String INSERT_LIFECYCLE = "insert into lifecycle_change (id, contact_id, from_stage, to_stage,"
            + " reason, changed_at) select gen_random_uuid(), r.contact_id, null, $2, $3, $4"
            + " from unnest($1::uuid[]) with ordinality as r(contact_id, ord) order by r.ord";
    private static final String INSERT_AUDIT = "insert into audit_entry (id, record_type, record_id, action, field,"
            + " old_value, new_value, actor, via, at) select r.id, r.record_type, r.record_id, r.action, r.field,"
            + " r.old_value, r.new_value, r.actor, r.via, $10 from unnest($1::uuid[], $2::text[], $3::uuid[],"
            + " $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[]) with ordinality"
            + " as r(id, record_type, record_id, action, field, old_value, new_value, actor, via, ord) order by r.ord";

    /** Stored contacts sharing any of the emails or phones (not erased). */
    public Uni<List<Contact>> byEmailOrPhone(
            SqlConnection connection, Collection<String> emails, Collection<String> phones) {
        return SetStatements.rows(
                connection,
                BY_EMAIL_OR_PHONE,
                Tuple.of(emails.toArray(String[]::new), phones.toArray(String[]::new)),
                emails.isEmpty() && phones.isEmpty(),
                ContactBulkStore::contact);
    }

    /** A probe of the fuzzy-name lookup: the row number, its account and its name key. */
    public record NameProbe(int rowNumber, UUID accountId, String nameKey) {}

    /** Stored contacts at the probe's account whose name key is trigram-similar ({@code %}), by row number. */
    public Uni<Map<Integer, List<Contact>>> byNameAtAccount(SqlConnection connection, List<NameProbe> probes) {
        if (probes.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        Tuple params = Tuple.tuple()
                .addArrayOfInteger(probes.stream().map(NameProbe::rowNumber).toArray(Integer[]::new))
                .addValue(probes.stream().map(NameProbe::accountId).toArray(UUID[]::new))
                .addArrayOfString(probes.stream().map(NameProbe::nameKey).toArray(String[]::new));
        return connection.preparedQuery(BY_NAME_AT_ACCOUNT).execute(params).map(rows -> {
            Map<Integer, List<Contact>> found = new HashMap<>();
            rows.forEach(row -> found.computeIfAbsent(row.getInteger("row_number"), n -> new ArrayList<>())
                    .add(contact(row)));
            return found;
        });
    }

    /** Names of the existing accounts among the ids. */
    public Uni<Map<UUID, String>> accountNames(SqlConnection connection, Collection<UUID> ids) {
        return SetStatements.pairs(
                connection,
                "select id, name from account where id = any($1)",
                ids.toArray(UUID[]::new),
                row -> row.getUUID("id"),
                row -> row.getString("name"));
    }

    /** The contacts holding any of the external ids: external id → contact id. */
    public Uni<Map<String, UUID>> externalIds(SqlConnection connection, Collection<String> externalIds) {
        return SetStatements.pairs(
                connection,
                "select external_id, id from contact where external_id = any($1)",
                externalIds.toArray(String[]::new),
                row -> row.getString("external_id"),
                row -> row.getUUID("id"));
    }

    /** Inserts new contacts (all created at the same instant) with one statement. */
    public Uni<Void> insertContacts(SqlConnection connection, List<Contact> contacts) {
        if (contacts.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Columns columns = new Columns(contacts.size(), CONTACT_TYPES);
        for (Contact c : contacts) {
            columns.add(
                    c.id,
                    c.givenName,
                    c.familyName,
                    c.displayName,
                    c.nameKey,
                    String.join(SEP, c.emails),
                    String.join(SEP, c.phones),
                    c.accountId,
                    c.title,
                    c.birthday,
                    c.region,
                    c.country,
                    name(c.preferredChannel),
                    c.preferences,
                    c.hiddenNeeds,
                    name(c.source),
                    c.ownerId,
                    c.team,
                    String.join(SEP, c.tags),
                    name(c.customerStatus),
                    name(c.lifecycleStage),
                    c.externalId,
                    c.searchText);
        }
        return connection
                .preparedQuery(INSERT_CONTACTS)
                .execute(columns.tuple().addValue(time(contacts.getFirst().createdAt)))
                .replaceWithVoid();
    }

    /** A stored contact after merges, with the version it was read at (optimistic: fails if it changed since). */
    public record MergedContact(Contact contact, long readVersion) {}

    /** Writes merged contacts; fails when one changed since it was read (the chunk then rolls back). */
    public Uni<Void> updateMerged(SqlConnection connection, List<MergedContact> merged) {
        List<Tuple> batch = new ArrayList<>(merged.size());
        for (MergedContact m : merged) {
            Contact c = m.contact();
            batch.add(Tuple.from(Arrays.asList(
                    c.id,
                    c.version,
                    c.givenName,
                    c.familyName,
                    c.emails,
                    c.phones,
                    c.accountId,
                    c.title,
                    c.birthday,
                    c.region,
                    c.country,
                    name(c.preferredChannel),
                    c.preferences,
                    c.hiddenNeeds,
                    c.tags,
                    c.externalId,
                    c.searchText,
                    c.nameKey,
                    time(c.updatedAt),
                    m.readVersion())));
        }
        return SetStatements.updateEach(
                connection, UPDATE_MERGED, batch, "a merged contact changed while the import chunk ran");
    }

    /** The first lifecycle stage of new contacts (no previous stage), all at the contacts' creation instant. */
    public Uni<Void> insertLifecycleStarts(SqlConnection connection, List<Contact> contacts, String reason) {
        if (contacts.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Contact first = contacts.getFirst();
        return connection
                .preparedQuery(INSERT_LIFECYCLE)
                .execute(Tuple.of(
                        contacts.stream().map(c -> c.id).toArray(UUID[]::new),
                        name(first.lifecycleStage),
                        reason,
                        time(first.createdAt)))
                .replaceWithVoid();
    }

    /** Inserts audit entries (all at the same instant) with one statement. */
    public Uni<Void> insertAudit(SqlConnection connection, List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Columns columns = new Columns(entries.size(), AUDIT_TYPES);
        for (AuditEntry e : entries) {
            columns.add(e.id, e.recordType, e.recordId, e.action, e.field, e.oldValue, e.newValue, e.actor, e.via);
        }
        return connection
                .preparedQuery(INSERT_AUDIT)
                .execute(columns.tuple().addValue(time(entries.getFirst().at)))
                .replaceWithVoid();
    }

    private static Contact contact(Row row) {
        Contact c = new Contact();
        c.id = row.getUUID("id");
        c.version = row.getLong("version");
        c.givenName = row.getString("given_name");
        c.familyName = row.getString("family_name");
        c.displayName = row.getString("display_name");
        c.nameKey = row.getString("name_key");
        c.emails = row.getArrayOfStrings("emails");
        c.phones = row.getArrayOfStrings("phones");
        c.accountId = row.getUUID("account_id");
        c.title = row.getString("title");
        c.birthday = row.getLocalDate("birthday");
        c.region = row.getString("region");
        c.country = row.getString("country");
        c.preferredChannel = value(Contact.Channel.class, row.getString("preferred_channel"));
        c.preferences = row.getString("preferences");
        c.hiddenNeeds = row.getString("hidden_needs");
        c.source = value(ContactSource.class, row.getString("source"));
        c.ownerId = row.getString("owner_id");
        c.team = row.getString("team");
        c.tags = row.getArrayOfStrings("tags");
        c.customerStatus = value(CustomerStatus.class, row.getString("customer_status"));
        c.lifecycleStage = value(LifecycleStage.class, row.getString("lifecycle_stage"));
        c.valueTier = value(ValueTier.class, row.getString("value_tier"));
        c.marketingConsent = row.getBoolean("marketing_consent");
        c.externalId = row.getString("external_id");
        c.leadId = row.getUUID("lead_id");
        c.lastInteractionAt = instant(row.getOffsetDateTime("last_interaction_at"));
        c.createdAt = instant(row.getOffsetDateTime("created_at"));
        c.updatedAt = instant(row.getOffsetDateTime("updated_at"));
        return c;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
