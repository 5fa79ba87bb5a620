package io.crmsuite.crm.contact.service;

import io.crmsuite.crm.audit.AuditEntry;
import io.crmsuite.crm.audit.AuditTrail;
import io.crmsuite.crm.contact.domain.Contact;
import io.crmsuite.crm.contact.repository.ContactFilter;
import io.crmsuite.crm.contact.repository.ContactRepository;
import io.crmsuite.crm.rest.page.Keyset;
import io.crmsuite.crm.rest.page.KeysetQuery;
import io.crmsuite.crm.rest.page.Page;
import io.crmsuite.crm.rest.page.PageRequest;
import io.crmsuite.crm.rest.problem.ResourceNotFoundException;
import io.crmsuite.crm.security.CurrentUser;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Reads of contacts, always within the caller's read scope. */
@ApplicationScoped
public class ContactQueries {
    /** Sort by display name (default) or by last update, newest first; the id breaks ties. */
    public static final Keyset<String, UUID> BY_NAME =
            Keyset.ascending("name", "c.displayName", "c.id", s -> s, UUID::fromString);

    public static final Keyset<Instant, UUID> BY_UPDATED =
            Keyset.descending("updated", "c.updatedAt", "c.id", Instant::parse, UUID::fromString);

    private final ContactRepository contacts;
    private final AuditTrail audit;
    private final DuplicateFinder duplicates;

    public ContactQueries(ContactRepository contacts, AuditTrail audit, DuplicateFinder duplicates) {
        this.contacts = contacts;
        this.audit = audit;
        this.duplicates = duplicates;
    }

    @WithSession
    public Uni<Contact> get(UUID id, CurrentUser user) {
        return visible(id, user);
    }

    @WithSession
    public Uni<Page<Contact>> list(ContactFilter filter, String sort, PageRequest page, CurrentUser user) {
        if ("updated".equals(sort)) {
            KeysetQuery q = BY_UPDATED.query(page);
            return contacts.page(filter, ContactAccess.readContacts(user), q, page.fetchSize())
                    .map(rows -> BY_UPDATED.page(rows, page, c -> c.updatedAt, c -> c.id));
        }
        KeysetQuery q = BY_NAME.query(page);
        var rows = filter.q() == null
                ? contacts.page(filter, ContactAccess.readContacts(user), q, page.fetchSize())
                : contacts.searchByName(filter, ContactAccess.readContacts(user), q, page.fetchSize());
        return rows.map(found -> BY_NAME.page(found, page, c -> c.displayName, c -> c.id));
    }

    @WithSession
    public Uni<DuplicateFinder.Result> duplicatesOf(UUID id, CurrentUser user) {
        return visible(id, user).chain(c -> duplicates.find(c, ContactAccess.readContactsSql(user)));
    }

    /** The audit trail of a visible contact (or of a merged-away or erased one, for admins and auditors). */
    @WithSession
    public Uni<List<AuditEntry>> audit(UUID id, CurrentUser user) {
        return audit.forCaller(id, user, "Contact", () -> visible(id, user));
    }

    private Uni<Contact> visible(UUID id, CurrentUser user) {
        return contacts.findInScope(id, ContactAccess.readContacts(user))
                .onItem()
                .ifNull()
                .failWith(() -> ResourceNotFoundException.of("Contact", id));
    }
}
