package io.crmsuite.crm.contact.service;

import io.crmsuite.crm.contact.config.ContactSettings;
import io.crmsuite.crm.contact.domain.TaskReminderRule;
import io.crmsuite.crm.contact.repository.TaskReminderStore;
import io.crmsuite.crm.events.contact.ContactTaskReminderDue;
import io.crmsuite.crm.messaging.outbox.Outbox;
import io.crmsuite.crm.persistence.BackgroundWork;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Task reminders, run by the schedule: (1) in one transaction, due reminders are locked ({@code skip locked}: replicas
 * take different tasks), marked reminded and announced as {@code crm.contact.task-reminder-due.v1} through the outbox
 * — the durable part, exactly once per task; (2) pending reminder mails are leased and sent to the assignee's address
 * from Keycloak; a failure (no address, Keycloak or SMTP down) is logged and counted, and the mail is tried again on
 * the next scans until {@code crm.contact.tasks.reminder-mail-attempts} attempts failed. Tasks no longer OPEN get
 * neither.
 */
@ApplicationScoped
public class TaskReminderService {
    private static final Logger LOG = Logger.getLogger(TaskReminderService.class);

    private final TaskReminderStore store;
    private final Outbox outbox;
    private final AssigneeDirectory directory;
    private final ReactiveMailer mailer;
    private final MeterRegistry meters;
    private final TaskReminderRule rule;
    private final ContactSettings.Tasks settings;
    private final ZoneId zone;

    public TaskReminderService(
            TaskReminderStore store,
            Outbox outbox,
            AssigneeDirectory directory,
            ReactiveMailer mailer,
            MeterRegistry meters,
            ContactSettings settings) {
        this.store = store;
        this.outbox = outbox;
        this.directory = directory;
        this.mailer = mailer;
        this.meters = meters;
        this.settings = settings.tasks();
        this.rule = new TaskReminderRule(this.settings.reminderMailAttempts());
        this.zone = ZoneId.of(this.settings.reminderTimeZone());
    }

    /** What one scan did. */
    public record Result(int reminded, int mailed, int mailFailures) {}

    public Uni<Result> scan(Instant now) {
        return remindDue(now)
                .chain(reminded -> mailPending(now).map(mails -> new Result(reminded, mails[0], mails[1])));
    }

    private Uni<Integer> remindDue(Instant now) {
        return BackgroundWork.run(() -> Panache.withTransaction(
                        () -> store.lockDue(now, settings.reminderBatch()).chain(due -> {
                            if (due.isEmpty()) {
                                return Uni.createFrom().item(0);
                            }
                            List<ContactTaskReminderDue> events = due.stream()
                                    .map(t -> new ContactTaskReminderDue(
                                            t.id(),
                                            t.contactId(),
                                            t.assignee(),
                                            t.title(),
                                            t.dueAt(),
                                            t.remindAt(),
                                            now))
                                    .toList();
                            return store.markReminded(
                                            due.stream()
                                                    .map(TaskReminderStore.DueTask::id)
                                                    .toList(),
                                            now)
                                    .chain(() -> outbox.append(events))
                                    .replaceWith(due.size());
                        })))
                .invoke(n -> meters.counter("crm.contact.task.reminders", "outcome", "event")
                        .increment(n));
    }

    /** Sends the leased mails one after the other; returns {sent, failed}. */
    private Uni<int[]> mailPending(Instant now) {
        Instant leaseUntil = now.plus(settings.reminderMailLease());
        return BackgroundWork.run(() ->
                        Panache.withTransaction(() -> store.leaseMails(now, leaseUntil, settings.reminderBatch())))
                .onItem()
                .transformToMulti(tasks -> Multi.createFrom().iterable(tasks))
                .onItem()
                .transformToUniAndConcatenate(this::mail)
                .collect()
                .in(() -> new int[2], (counts, sent) -> counts[sent ? 0 : 1]++);
    }

    private Uni<Void> attempted(TaskReminderStore.DueTask task, TaskReminderRule.MailState state) {
        return BackgroundWork.run(() -> Panache.withTransaction(() -> store.mailAttempted(task.id(), state.name())));
    }

    private Uni<Boolean> mail(TaskReminderStore.DueTask task) {
        return directory
                .email(task.assignee())
                .chain(email -> {
                    if (email.isEmpty()) {
                        return Uni.createFrom()
                                .failure(new IllegalStateException("the assignee has no email address in Keycloak"));
                    }
                    TaskReminderRule.Message message = TaskReminderRule.message(
                            task.title(), task.dueAt(), task.contactId().toString(), zone);
                    return mailer.send(Mail.withText(email.get(), message.subject(), message.body()));
                })
                .chain(() -> attempted(task, TaskReminderRule.MailState.SENT))
                .invoke(() -> meters.counter("crm.contact.task.reminders", "outcome", "mail-sent")
                        .increment())
                .replaceWith(true)
                .onFailure()
                .recoverWithUni(failure -> {
                    TaskReminderRule.MailState next = rule.afterFailure(task.mailAttempts() + 1);
                    LOG.warnf(
                            "reminder mail for task %s (attempt %d) failed: %s%s",
                            task.id(),
                            task.mailAttempts() + 1,
                            failure.getMessage(),
                            next == TaskReminderRule.MailState.FAILED ? "; giving up" : "; retried on the next scan");
                    meters.counter(
                                    "crm.contact.task.reminders",
                                    "outcome",
                                    next == TaskReminderRule.MailState.FAILED ? "mail-given-up" : "mail-failed")
                            .increment();
                    return attempted(task, next)
                            .onFailure()
                            .invoke(e -> LOG.warnf(e, "cannot record the reminder mail attempt of task %s", task.id()))
                            .onFailure()
                            .recoverWithNull()
                            .replaceWith(false);
                });
    }
}
