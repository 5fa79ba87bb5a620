package io.crmsuite.crm.contact.repository;

import io.crmsuite.crm.persistence.SetStatements;
import io.crmsuite.crm.persistence.Sql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The task reminder scan's statements, in the caller's transaction: due reminders are claimed with
 * {@code for update skip locked} in the transaction that marks them and writes their events, and pending mails are
 * leased for a while, so that replicas scanning at the same time never take the same task.
 */
@ApplicationScoped
public class TaskReminderStore {
    private static final String TASK =
            "t.id, t.contact_id, t.assignee, t.title, t.due_at, t.remind_at," + " t.reminder_mail_attempts";
    private static final String DUE = "select " + TASK + " from follow_up_task t join contact c on c.id = t.contact_id"
            + " where t.status = 'OPEN' and t.remind_at <= ?1 and t.reminded_at is null and c.erased_at is null"
            + " order by t.remind_at limit ?2 for update of t skip locked";
    private static final String MARK = "update follow_up_task set reminded_at = ?2, reminder_mail = 'PENDING',"
            + " reminder_mail_attempts = 0, reminder_mail_lease = null where id = any(?1)";
    private static final String LEASE = "update follow_up_task t set reminder_mail_lease = ?2 where t.id in ("
            + "select id from follow_up_task where reminder_mail = 'PENDING' and status = 'OPEN'"
            + " and (reminder_mail_lease is null or reminder_mail_lease < ?1) order by reminded_at limit ?3"
            + " for update skip locked) returning " + TASK;
    private static final String MAILED = "update follow_up_task set reminder_mail = ?2,"
            + " reminder_mail_attempts = reminder_mail_attempts + 1, reminder_mail_lease = null"
            + " where id = ?1 and reminder_mail = 'PENDING'";

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
    public Uni<List<DueTask>> lockDue(Instant now, int limit) {
        return SetStatements.rows(DUE, now, limit).map(TaskReminderStore::tasks);
    }

    /** Marks the tasks reminded at {@code now}, their mail pending. */
    public Uni<Void> markReminded(List<UUID> ids, Instant now) {
        return SetStatements.execute(MARK, ids.toArray(UUID[]::new), now).replaceWithVoid();
    }

    /** Leases up to {@code limit} pending mails of open tasks until {@code until} (expired leases are taken over). */
    public Uni<List<DueTask>> leaseMails(Instant now, Instant until, int limit) {
        return SetStatements.rows(LEASE, now, until, limit).map(TaskReminderStore::tasks);
    }

    /** Records a mail attempt: SENT, PENDING (tried again on a later scan) or FAILED (given up). */
    public Uni<Void> mailAttempted(UUID id, String state) {
        return SetStatements.execute(MAILED, id, state).replaceWithVoid();
    }

    private static List<DueTask> tasks(List<Object[]> rows) {
        List<DueTask> tasks = new ArrayList<>(rows.size());
        rows.forEach(r -> tasks.add(new DueTask(
                Sql.uuid(r[0]),
                Sql.uuid(r[1]),
                (String) r[2],
                (String) r[3],
                Sql.instant(r[4]),
                Sql.instant(r[5]),
                Sql.integer(r[6]))));
        return tasks;
    }
}
