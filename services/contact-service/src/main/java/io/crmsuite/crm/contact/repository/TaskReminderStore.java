package io.crmsuite.crm.contact.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The task reminder scan's SQL (Vert.x pool): due reminders are claimed with {@code for update skip locked} in the
 * transaction that marks them and writes their events, and pending mails are leased for a while, so that replicas
 * scanning at the same time never take the same task.
 */
@ApplicationScoped
public class TaskReminderStore {
    private static final String DUE = "select t.id, t.contact_id, t.assignee, t.title, t.due_at, t.remind_at,"
            + " t.reminder_mail_attempts from follow_up_task t join contact c on c.id = t.contact_id"
            + " where t.status = 'OPEN' and t.remind_at <= $1 and t.reminded_at is null and c.erased_at is null"
            + " order by t.remind_at limit $2 for update of t skip locked";
    private static final String MARK = "update follow_up_task set reminded_at = $2, reminder_mail = 'PENDING',"
            + " reminder_mail_attempts = 0, reminder_mail_lease = null where id = any($1)";
    private static final String LEASE = "update follow_up_task t set reminder_mail_lease = $2 where t.id in ("
            + "select id from follow_up_task where reminder_mail = 'PENDING' and status = 'OPEN'"
            + " and (reminder_mail_lease is null or reminder_mail_lease < $1) order by reminded_at limit $3"
            + " for update skip locked) returning t.id, t.contact_id, t.assignee, t.title, t.due_at, t.remind_at,"
            + " t.reminder_mail_attempts";
    private static final String MAILED = "update follow_up_task set reminder_mail = $2,"
            + " reminder_mail_attempts = reminder_mail_attempts + 1, reminder_mail_lease = null"
            + " where id = $1 and reminder_mail = 'PENDING'";

    private final Pool pool;

    public TaskReminderStore(Pool pool) {
        this.pool = pool;
    }

    public Pool pool() {
        return pool;
    }

    /** A task whose reminder is due or whose mail is pending. */
    public record DueTask(
            UUID id,
            UUID contactId,
            String assignee,
            String title,
            Instant dueAt,
            Instant remindAt,
            int mailAttempts) {}

    /** Locks up to {@code limit} due reminders (open, time come, not reminded, contact not erased) for the caller. */
    public Uni<List<DueTask>> lockDue(SqlConnection connection, Instant now, int limit) {
        return connection.preparedQuery(DUE).execute(Tuple.of(time(now), limit)).map(TaskReminderStore::tasks);
    }

    /** Marks the tasks reminded at {@code now}, their mail pending. */
    public Uni<Void> markReminded(SqlConnection connection, List<UUID> ids, Instant now) {
        return connection
                .preparedQuery(MARK)
                .execute(Tuple.of(ids.toArray(UUID[]::new), time(now)))
                .replaceWithVoid();
    }

    /** Leases up to {@code limit} pending mails of open tasks until {@code until} (expired leases are taken over). */
    public Uni<List<DueTask>> leaseMails(Instant now, Instant until, int limit) {
        return pool.preparedQuery(LEASE)
                .execute(Tuple.of(time(now), time(until), limit))
                .map(TaskReminderStore::tasks);
    }

    /** Records a mail attempt: SENT, PENDING (tried again on a later scan) or FAILED (given up). */
    public Uni<Void> mailAttempted(UUID id, String state) {
        return pool.preparedQuery(MAILED).execute(Tuple.of(id, state)).replaceWithVoid();
    }

    private static List<DueTask> tasks(RowSet<Row> rows) {
        List<DueTask> tasks = new ArrayList<>();
        rows.forEach(r -> tasks.add(new DueTask(
                r.getUUID("id"),
                r.getUUID("contact_id"),
                r.getString("assignee"),
                r.getString("title"),
                r.getOffsetDateTime("due_at").toInstant(),
                r.getOffsetDateTime("remind_at").toInstant(),
                r.getInteger("reminder_mail_attempts"))));
        return tasks;
    }

    private static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
