package io.crmsuite.crm.contact.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Task reminder mail rules (which reminders are due is a query: OPEN, reminder time come, not reminded yet): the mail
 * to the assignee is best effort, tried on each scan until sent or until {@code maxAttempts} attempts failed; the mail text names the task, its due time and the contact's id (no other personal data).
 */
public final class TaskReminderRule {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);

    public enum MailState {
        PENDING,
        SENT,
        FAILED
    }

    private final int maxAttempts;

    public TaskReminderRule(int maxAttempts) {
        this.maxAttempts = Math.max(1, maxAttempts);
    }

    /** The mail's state after a failed attempt ({@code attempts} counts it): tried again, or given up. */
    public MailState afterFailure(int attempts) {
        return attempts >= maxAttempts ? MailState.FAILED : MailState.PENDING;
    }

    /** The reminder mail of a task. */
    public record Message(String subject, String body) {}

    public static Message message(String title, Instant dueAt, String contactId, ZoneId zone) {
        String due = TIME.format(dueAt.atZone(zone));
        return new Message(
                "Reminder: " + title + " (due " + due + ")",
                "Your follow-up task is due " + due + ":\n\n  " + title + "\n\nContact: /api/v1/contacts/" + contactId
                        + "\n\nThis reminder was sent by the CRM because the task's reminder time has come.\n");
    }
}
