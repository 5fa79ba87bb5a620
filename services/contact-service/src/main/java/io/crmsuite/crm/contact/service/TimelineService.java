package io.crmsuite.crm.contact.service;

import io.crmsuite.crm.contact.domain.Contact;
import io.crmsuite.crm.contact.domain.FollowUpTask;
import io.crmsuite.crm.contact.domain.Interaction;
import io.crmsuite.crm.contact.domain.LifecycleChange;
import io.crmsuite.crm.contact.repository.ContactRepository;
import io.crmsuite.crm.contact.rest.InteractionInput;
import io.crmsuite.crm.contact.rest.TaskInput;
import io.crmsuite.crm.rest.problem.InvalidRequestException;
import io.crmsuite.crm.rest.problem.ResourceNotFoundException;
import io.crmsuite.crm.security.CurrentUser;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The timeline (append-only interactions), follow-up tasks and lifecycle history of a contact. */
@ApplicationScoped
public class TimelineService {
    private static final int MAX_ROWS = 500;
    private final ContactRepository contacts;
    private final LifecycleService lifecycle;

    public TimelineService(ContactRepository contacts, LifecycleService lifecycle) {
        this.contacts = contacts;
        this.lifecycle = lifecycle;
    }

    @WithTransaction
    public Uni<Interaction> log(UUID id, InteractionInput input, CurrentUser user) {
        return writable(id, user).chain(contact -> {
            Instant now = Instant.now();
            Interaction interaction = new Interaction();
            interaction.id = UUID.randomUUID();
            interaction.contactId = id;
            interaction.kind = input.kind();
            interaction.direction = input.direction();
            interaction.occurredAt = input.occurredAt() == null ? now : input.occurredAt();
            interaction.author = user.actor();
            interaction.summary =
                    input.summary() == null ? null : input.summary().strip();
            interaction.createdAt = now;
            if (contact.lastInteractionAt == null || contact.lastInteractionAt.isBefore(interaction.occurredAt)) {
                contact.lastInteractionAt = interaction.occurredAt;
            }
            return Panache.getSession()
                    .chain(s -> s.persist(interaction))
                    .chain(() -> lifecycle.evaluate(contact, now))
                    .replaceWith(interaction);
        });
    }

    @WithTransaction
    public Uni<FollowUpTask> addTask(UUID id, TaskInput input, CurrentUser user) {
        if (input.remindAt() != null && input.remindAt().isAfter(input.dueAt())) {
            throw InvalidRequestException.forField("remindAt", "must not be after dueAt");
        }
        return writable(id, user).chain(contact -> {
            FollowUpTask task = new FollowUpTask();
            task.id = UUID.randomUUID();
            task.contactId = id;
            task.title = input.title().strip();
            task.dueAt = input.dueAt();
            task.remindAt = input.remindAt();
            task.assignee = input.assignee() == null || input.assignee().isBlank() ? user.subject() : input.assignee();
            task.status = FollowUpTask.Status.OPEN;
            task.createdAt = Instant.now();
            return Panache.getSession().chain(s -> s.persist(task)).replaceWith(task);
        });
    }

    @WithTransaction
    public Uni<FollowUpTask> setTaskStatus(UUID id, UUID taskId, FollowUpTask.Status status, CurrentUser user) {
        return writable(id, user)
                .chain(c -> Panache.getSession().chain(s -> s.find(FollowUpTask.class, taskId)))
                .map(task -> {
                    if (task == null || !task.contactId.equals(id)) {
                        throw ResourceNotFoundException.of("Task", taskId);
                    }
                    task.status = status;
                    return task;
                })
                .call(task -> Panache.getSession().chain(s -> s.flush()));
    }

    @WithSession
    public Uni<List<Interaction>> interactions(UUID id, CurrentUser user) {
        return readable(id, user).chain(c -> rows(Interaction.class, "occurredAt desc", id));
    }

    @WithSession
    public Uni<List<FollowUpTask>> tasks(UUID id, CurrentUser user) {
        return readable(id, user).chain(c -> rows(FollowUpTask.class, "dueAt", id));
    }

    @WithSession
    public Uni<List<LifecycleChange>> lifecycle(UUID id, CurrentUser user) {
        return readable(id, user).chain(c -> rows(LifecycleChange.class, "changedAt", id));
    }

    private Uni<Contact> readable(UUID id, CurrentUser user) {
        return contacts.findInScope(id, ContactAccess.readContacts(user))
                .onItem()
                .ifNull()
                .failWith(() -> ResourceNotFoundException.of("Contact", id));
    }

    private Uni<Contact> writable(UUID id, CurrentUser user) {
        return contacts.findInScope(id, ContactAccess.write(user))
                .onItem()
                .ifNull()
                .failWith(() -> ResourceNotFoundException.of("Contact", id));
    }

    private static <T> Uni<List<T>> rows(Class<T> type, String order, UUID id) {
        return Panache.getSession().chain(s -> s.createQuery(
                        "from " + type.getSimpleName() + " where contactId = :id order by " + order, type)
                .setParameter("id", id)
                .setMaxResults(MAX_ROWS)
                .getResultList());
    }
}
