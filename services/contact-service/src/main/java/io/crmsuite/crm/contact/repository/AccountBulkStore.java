package io.crmsuite.crm.contact.repository;

import io.crmsuite.crm.contact.domain.Account;
import io.crmsuite.crm.events.lead.SizeBand;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Set-based SQL of the account import on a Vert.x connection (the chunk's transaction): one lookup of the stored
 * accounts sharing a chunk's names or external ids, one of the parents it names, one insert for its new accounts and
 * one batch for the accounts rows merged into.
 */
@ApplicationScoped
public class AccountBulkStore {
    private static final String COLUMNS = "id, version, name, name_key, industry, region, country, size_band, website,"
            + " parent_id, owner_id, team, tags, external_id, created_at, updated_at";
    private static final String MATCHES = "select " + COLUMNS + " from account"
            + " where name_key = any($1::text[]) or external_id = any($2::text[]) order by created_at, id";
    private static final String INSERT = "insert into account (id, version, name, name_key, industry, region, country,"
            + " size_band, website, parent_id, owner_id, team, tags, external_id, created_at, updated_at)"
            + " select r.id, 0, r.name, r.name_key, r.industry, r.region, r.country, r.size_band, r.website,"
            + " r.parent_id, r.owner_id, r.team, cast(string_to_array(r.tags, chr(31)) as varchar[]), r.external_id,"
            + " $14, $14 from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],"
            + " $7::text[], $8::text[], $9::uuid[], $10::text[], $11::text[], $12::text[], $13::text[])"
            + " with ordinality as r(id, name, name_key, industry, region, country, size_band, website, parent_id,"
            + " owner_id, team, tags, external_id, ord) order by r.ord";
    private static final Class<?>[] TYPES = {
        UUID.class,
        String.class,
        String.class,
        String.class,
        String.class,
        String.class,
        String.class,
        String.class,
        UUID.class,
        String.class,
        String.class,
        String.class,
        String.class
    };
    private static final String UPDATE_MERGED = "update account set version = $2, industry = $3, region = $4,"
            + " country = $5, size_band = $6, website = $7, parent_id = $8, tags = $9, external_id = $10,"
            + " updated_at = $11 where id = $1 and version = $12";
    /** Separates the tags of one account inside one text element of the tags column array. */
    private static final String SEP = "\u001f";

    /** Stored accounts with any of the name keys or external ids, oldest first. */
    public Uni<List<Account>> matches(SqlConnection connection, Collection<String> nameKeys, Collection<String> ids) {
        return SetStatements.rows(
                connection,
                MATCHES,
                Tuple.of(nameKeys.toArray(String[]::new), ids.toArray(String[]::new)),
                nameKeys.isEmpty() && ids.isEmpty(),
                AccountBulkStore::account);
    }

    /** The ids among these that are stored accounts. */
    public Uni<Set<UUID>> existing(SqlConnection connection, Collection<UUID> ids) {
        return SetStatements.pairs(
                        connection,
                        "select id from account where id = any($1)",
                        ids.toArray(UUID[]::new),
                        row -> row.getUUID("id"),
                        row -> true)
                .map(Map::keySet);
    }

    /** Inserts new accounts (all created at the same instant) with one statement. */
    public Uni<Void> insert(SqlConnection connection, List<Account> accounts) {
        if (accounts.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Columns columns = new Columns(accounts.size(), TYPES);
        for (Account a : accounts) {
            columns.add(
                    a.id,
                    a.name,
                    a.nameKey,
                    a.industry,
                    a.region,
                    a.country,
                    a.sizeBand == null ? null : a.sizeBand.name(),
                    a.website,
                    a.parentId,
                    a.ownerId,
                    a.team,
                    String.join(SEP, a.tags),
                    a.externalId);
        }
        return connection
                .preparedQuery(INSERT)
                .execute(columns.tuple().addValue(time(accounts.getFirst().createdAt)))
                .replaceWithVoid();
    }

    /** A stored account after merges, with the version it was read at (optimistic: fails if it changed since). */
    public record MergedAccount(Account account, long readVersion) {}

    /** Writes merged accounts; fails when one changed since it was read (the chunk then rolls back). */
    public Uni<Void> updateMerged(SqlConnection connection, List<MergedAccount> merged) {
        List<Tuple> batch = new ArrayList<>(merged.size());
        for (MergedAccount m : merged) {
            Account a = m.account();
            batch.add(Tuple.from(Arrays.asList(
                    a.id,
                    a.version,
                    a.industry,
                    a.region,
                    a.country,
                    a.sizeBand == null ? null : a.sizeBand.name(),
                    a.website,
                    a.parentId,
                    a.tags,
                    a.externalId,
                    time(a.updatedAt),
                    m.readVersion())));
        }
        return SetStatements.updateEach(
                connection, UPDATE_MERGED, batch, "a merged account changed while the import chunk ran");
    }

    private static Account account(Row row) {
        Account a = new Account();
        a.id = row.getUUID("id");
        a.version = row.getLong("version");
        a.name = row.getString("name");
        a.nameKey = row.getString("name_key");
        a.industry = row.getString("industry");
        a.region = row.getString("region");
        a.country = row.getString("country");
        String band = row.getString("size_band");
        a.sizeBand = band == null ? null : SizeBand.valueOf(band);
        a.website = row.getString("website");
        a.parentId = row.getUUID("parent_id");
        a.ownerId = row.getString("owner_id");
        a.team = row.getString("team");
        a.tags = row.getArrayOfStrings("tags");
        a.externalId = row.getString("external_id");
        a.createdAt = row.getOffsetDateTime("created_at").toInstant();
        a.updatedAt = row.getOffsetDateTime("updated_at").toInstant();
        return a;
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
