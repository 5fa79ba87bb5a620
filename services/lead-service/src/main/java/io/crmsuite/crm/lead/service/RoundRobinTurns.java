package io.crmsuite.crm.lead.service;

import io.crmsuite.crm.persistence.SetStatements;
import io.crmsuite.crm.persistence.Sql;
import io.smallrye.mutiny.Uni;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Round-robin turns of a team queue from a PostgreSQL sequence per team: {@code nextval} takes no row lock and is not
 * rolled back, so concurrent captures never wait on each other (a rolled-back capture only skips a turn). The
 * sequence is created when a plan naming the queue is published, or when the directory first fills a queue of a team
 * (the region queues of the built-in plan); its name is a digest of the team (never user text).
 */
final class RoundRobinTurns {
    private RoundRobinTurns() {}

    static String sequence(String team) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(team.getBytes(StandardCharsets.UTF_8));
            return "lead_rr_" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Uni<Void> ensure(String team) {
        return ensureAll(List.of(team));
    }

    /**
     * Creates the sequences of the teams that have none, in the caller's transaction, under a transaction-scoped
     * advisory lock: two transactions creating the same sequence at once would otherwise collide on the catalogue
     * (a unique violation that aborts the transaction), {@code if not exists} notwithstanding.
     */
    static Uni<Void> ensureAll(List<String> teams) {
        Uni<Void> chain = SetStatements.rows("select pg_advisory_xact_lock(hashtext('crm.lead.round-robin'))")
                .replaceWithVoid();
        for (String team : teams) {
            chain = chain.chain(() -> SetStatements.execute("create sequence if not exists " + sequence(team))
                    .replaceWithVoid());
        }
        return chain;
    }

    /** The next turn (0, 1, 2, …) of the team's queue. */
    static Uni<Long> next(String team) {
        return next(team, 1).map(List::getFirst);
    }

    /** The next {@code count} turns of the team's queue, in one round trip. */
    static Uni<List<Long>> next(String team, int count) {
        return SetStatements.rows("select nextval('" + sequence(team) + "') from generate_series(1, ?1)", count)
                .map(rows -> {
                    List<Long> turns = new ArrayList<>(count);
                    rows.forEach(row -> turns.add(Sql.longValue(row[0]) - 1));
                    return turns;
                });
    }
}
