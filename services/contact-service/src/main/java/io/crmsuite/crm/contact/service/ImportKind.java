package io.crmsuite.crm.contact.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.List;

/**
 * What {@link ImportProcessor} needs to know about one kind of record (contacts, accounts): how a row becomes a valid,
 * normalised record (off the event loop; an invalid row throws its problem), and how a chunk of them is deduped and
 * written in the chunk's transaction.
 *
 * @param <R> a valid row
 */
interface ImportKind<R> {
    /** The job kind this handles ({@link ImportService#CONTACTS}, {@link ImportService#ACCOUNTS}). */
    String name();

    /** The table the rows go to (its planner statistics are refreshed after a large import). */
    String table();

    R prepare(JsonNode row, int number, ImportRun run) throws Exception;

    Uni<List<? extends RowOutcome>> write(SqlConnection connection, ImportRun run, List<R> rows);
}
