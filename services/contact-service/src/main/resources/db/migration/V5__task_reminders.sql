-- Task reminders: reminded_at = when the reminder event was written (once per task); the mail to the assignee is best
-- effort after that: PENDING until sent (SENT) or given up after crm.contact.tasks.reminder-mail-attempts (FAILED),
-- leased by one instance at a time (reminder_mail_lease) so that several replicas do not send it twice.
alter table follow_up_task add column reminded_at timestamptz;
alter table follow_up_task add column reminder_mail text;
alter table follow_up_task add column reminder_mail_attempts integer not null default 0;
alter table follow_up_task add column reminder_mail_lease timestamptz;
create index follow_up_task_reminder_due on follow_up_task (remind_at)
    where status = 'OPEN' and reminded_at is null and remind_at is not null;
create index follow_up_task_reminder_mail on follow_up_task (reminded_at) where reminder_mail = 'PENDING';
