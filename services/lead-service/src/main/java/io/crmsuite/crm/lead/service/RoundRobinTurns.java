package io.crmsuite.crm.lead.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Round-robin turns of a team queue from a PostgreSQL sequence per team: {@code nextval} takes no row lock and is not
 * rolled back, so concurrent captures never wait on each other (a rolled-back capture only skips a turn). The
 * sequence is created when a plan naming the queue is published; its name is a digest of the team (never user text).
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
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("do $$ begin if to_regclass('" + sequence(team)
                                + "') is null then create sequence " + sequence(team) + "; end if; end $$")
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** The next turn (0, 1, 2, …) of the team's queue. */
    static Uni<Long> next(String team) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("select nextval('" + sequence(team) + "')", Long.class)
                        .getSingleResult())
                .map(turn -> turn - 1);
    }

    /** The next {@code count} turns of the team's queue, in one round trip on a Vert.x connection. */
    static Uni<java.util.List<Long>> next(io.vertx.mutiny.sqlclient.SqlConnection connection, String team, int count) {
        return connection
                .preparedQuery("select nextval('" + sequence(team) + "') from generate_series(1, $1)")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(count))
                .map(rows -> {
                    java.util.List<Long> turns = new java.util.ArrayList<>(count);
                    rows.forEach(row -> turns.add(row.getLong(0) - 1));
                    return turns;
                });
    }
}
