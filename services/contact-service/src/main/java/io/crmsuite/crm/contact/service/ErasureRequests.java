package io.crmsuite.crm.contact.service;

import io.crmsuite.crm.audit.Actor;
import io.crmsuite.crm.audit.AuditTrail;
import io.crmsuite.crm.contact.config.PrivacySettings;
import io.crmsuite.crm.contact.domain.Contact;
import io.crmsuite.crm.contact.domain.ErasureRequest;
import io.crmsuite.crm.contact.domain.ErasureRequestService;
import io.crmsuite.crm.contact.domain.Masking;
import io.crmsuite.crm.contact.domain.RecordTypes;
import io.crmsuite.crm.contact.repository.ContactRepository;
import io.crmsuite.crm.contact.rest.ErasureRequestInput;
import io.crmsuite.crm.contact.rest.ErasureRequestView;
import io.crmsuite.crm.contactpoints.PersonKeys;
import io.crmsuite.crm.events.contact.ContactErasureRequested;
import io.crmsuite.crm.persistence.SetStatements;
import io.crmsuite.crm.platform.DefaultCountry;
import io.crmsuite.crm.rest.page.Keyset;
import io.crmsuite.crm.rest.page.KeysetQuery;
import io.crmsuite.crm.rest.page.Page;
import io.crmsuite.crm.rest.page.PageRequest;
import io.crmsuite.crm.rest.problem.FieldError;
import io.crmsuite.crm.rest.problem.InvalidRequestException;
import io.crmsuite.crm.rest.problem.ResourceNotFoundException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Erasure by person across services: the request is recorded (its subject masked) and audited, the person's contacts
 * are erased here in the same transaction, and {@code crm.contact.erasure-requested.v1} names every email and phone
 * they are known by so that each other service finds its records — also of a person who was only ever a lead — and
 * answers with its {@code erasure-completed} event. The request is complete when every service of
 * {@code crm.privacy.services} answered; then the identifiers are removed from the stored request event.
 */
@ApplicationScoped
public class ErasureRequests {
    public static final String SELF = "contact-service";
    private static final Logger LOG = Logger.getLogger(ErasureRequests.class);
    private static final Keyset<Instant, UUID> NEWEST_FIRST =
            Keyset.descending("requested", "requestedAt", "id", Instant::parse, UUID::fromString);

    private final ContactRepository contacts;
    private final ErasureService erasure;
    private final ContactEvents events;
    private final AuditTrail audit;
    private final DefaultCountry country;
    private final List<String> services;

    public ErasureRequests(
            ContactRepository contacts,
            ErasureService erasure,
            ContactEvents events,
            AuditTrail audit,
            DefaultCountry country,
            PrivacySettings settings) {
        this.contacts = contacts;
        this.erasure = erasure;
        this.events = events;
        this.audit = audit;
        this.country = country;
        this.services = List.copyOf(new LinkedHashSet<>(settings.services()));
    }

    @WithTransaction
    public Uni<ErasureRequestView> request(ErasureRequestInput input, Actor actor) {
        PersonKeys keys = PersonKeys.of(input.email(), input.phone(), country.code());
        List<FieldError> errors = new ArrayList<>();
        keys.unreadable().forEach((field, message) -> errors.add(new FieldError(field, message)));
        if (input.contactId() == null && input.email() == null && input.phone() == null) {
            errors.add(new FieldError("contactId", "name the person: contactId, email or phone"));
        }
        if (!errors.isEmpty()) {
            throw InvalidRequestException.validation(errors);
        }
        Set<String> emails = new LinkedHashSet<>(keys.emails());
        Set<String> phones = new LinkedHashSet<>(keys.phones());
        return people(input.contactId(), emails, phones).chain(people -> {
            if (input.contactId() != null && people.stream().noneMatch(c -> c.id.equals(input.contactId()))) {
                throw InvalidRequestException.forField("contactId", "is not an existing contact that is not erased");
            }
            people.forEach(c -> {
                emails.addAll(List.of(c.emails));
                phones.addAll(List.of(c.phones));
            });
            List<UUID> contactIds = people.stream().map(c -> c.id).toList();
            Instant now = Instant.now();
            ErasureRequest request = new ErasureRequest();
            request.id = UUID.randomUUID();
            request.status = ErasureRequest.Status.IN_PROGRESS;
            request.subject = subject(contactIds, emails, phones);
            request.reason = input.reason().strip();
            request.requestedBy = actor.name();
            request.requestedAt = now;
            List<ErasureRequestService> parts =
                    services.stream().map(service -> part(request.id, service)).toList();
            ContactErasureRequested event =
                    new ContactErasureRequested(request.id, contactIds, List.copyOf(emails), List.copyOf(phones), now);
            return Panache.getSession()
                    .chain(s -> s.persist(request)
                            .chain(() -> s.persistAll(parts.toArray()))
                            .chain(s::flush))
                    .chain(() -> audit.action(
                            RecordTypes.ERASURE_REQUEST,
                            request.id,
                            "requested",
                            request.subject + " — " + request.reason,
                            actor))
                    .chain(() -> eraseAll(people, request.id, actor))
                    .chain(() -> events.append(event))
                    .chain(() -> complete(request.id, SELF, contactIds.size(), Instant.now(), actor))
                    .chain(() -> view(request.id));
        });
    }

    /**
     * A service's answer: its part is complete (once; a repeated or unknown answer changes nothing), and the request
     * with it when it was the last. In the caller's transaction.
     */
    public Uni<Void> complete(UUID requestId, String service, int records, Instant at, Actor actor) {
        return Panache.getSession()
                .chain(s -> s.find(ErasureRequestService.class, key(requestId, service)))
                .chain(part -> {
                    if (part == null || part.status == ErasureRequestService.Status.COMPLETED) {
                        LOG.debugf("erasure request %s: nothing pending for %s", requestId, service);
                        return Uni.createFrom().voidItem();
                    }
                    part.status = ErasureRequestService.Status.COMPLETED;
                    part.records = records;
                    part.completedAt = at;
                    return audit.action(
                                    RecordTypes.ERASURE_REQUEST,
                                    requestId,
                                    "service-completed",
                                    service + ": " + records + " erased",
                                    actor)
                            .chain(() -> Panache.getSession().chain(s -> s.flush()))
                            .chain(() -> finishIfAllAnswered(requestId, actor));
                });
    }

    private Uni<Void> finishIfAllAnswered(UUID requestId, Actor actor) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                        "select count(*) from ErasureRequestService where requestId = :id and status = :pending",
                        Long.class)
                .setParameter("id", requestId)
                .setParameter("pending", ErasureRequestService.Status.PENDING)
                .getSingleResult()
                .chain(pending -> pending > 0
                        ? Uni.createFrom().voidItem()
                        : s.find(ErasureRequest.class, requestId).chain(request -> {
                            request.status = ErasureRequest.Status.COMPLETED;
                            request.completedAt = Instant.now();
                            return audit.action(RecordTypes.ERASURE_REQUEST, requestId, "completed", null, actor)
                                    .chain(() -> forgetIdentifiers(requestId));
                        })));
    }

    /** Every service answered: the stored request event no longer needs the person's emails and phones. */
    private static Uni<Void> forgetIdentifiers(UUID requestId) {
        return SetStatements.execute(
                        "update crm_outbox set payload = (cast(payload as jsonb)"
                                + " || cast('{\"emails\":[],\"phones\":[]}' as jsonb))::text"
                                + " where event_key = ?1 and type = 'crm.contact.erasure-requested.v1'",
                        requestId.toString())
                .replaceWithVoid();
    }

    @WithSession
    public Uni<ErasureRequestView> get(UUID id) {
        return view(id);
    }

    @WithSession
    public Uni<Page<ErasureRequestView>> list(PageRequest page) {
        KeysetQuery keyset = NEWEST_FIRST.query(page);
        return Panache.getSession()
                .chain(s -> {
                    var query = s.createSelectionQuery(
                            "from ErasureRequest" + (keyset.predicate().isEmpty() ? "" : " where " + keyset.predicate())
                                    + " order by " + keyset.orderBy(),
                            ErasureRequest.class);
                    keyset.parameters(Map.of()).forEach(query::setParameter);
                    return query.setMaxResults(page.fetchSize()).getResultList();
                })
                .chain(requests -> parts(requests.stream().map(r -> r.id).toList())
                        .map(parts -> NEWEST_FIRST.page(
                                requests.stream().map(r -> toView(r, parts)).toList(),
                                page,
                                ErasureRequestView::requestedAt,
                                ErasureRequestView::id)));
    }

    private Uni<ErasureRequestView> view(UUID id) {
        return Panache.getSession()
                .chain(s -> s.find(ErasureRequest.class, id))
                .onItem()
                .ifNull()
                .failWith(() -> ResourceNotFoundException.of("Erasure request", id))
                .chain(request -> parts(List.of(id)).map(parts -> toView(request, parts)));
    }

    private static Uni<List<ErasureRequestService>> parts(List<UUID> requestIds) {
        if (requestIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                        "from ErasureRequestService where requestId in :ids order by service",
                        ErasureRequestService.class)
                .setParameter("ids", requestIds)
                .getResultList());
    }

    private static ErasureRequestView toView(ErasureRequest r, List<ErasureRequestService> parts) {
        return new ErasureRequestView(
                r.id,
                r.status.name(),
                r.subject,
                r.reason,
                r.requestedBy,
                r.requestedAt,
                r.completedAt,
                parts.stream()
                        .filter(p -> p.requestId.equals(r.id))
                        .map(p -> new ErasureRequestView.ServiceStatus(
                                p.service, p.status.name(), p.records, p.completedAt))
                        .toList());
    }

    private Uni<Void> eraseAll(List<Contact> people, UUID requestId, Actor actor) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Contact person : people) {
            chain = chain.chain(() -> erasure.erase(person, requestId, actor));
        }
        return chain;
    }

    /** The person's contacts that are not erased: the one named, and those with any of the emails or phones. */
    private Uni<List<Contact>> people(UUID contactId, Set<String> emails, Set<String> phones) {
        return contacts.byEmailOrPhone(emails, phones).chain(found -> {
            Set<UUID> ids = new LinkedHashSet<>();
            if (contactId != null) {
                ids.add(contactId);
            }
            found.forEach(c -> ids.add(c.id));
            if (ids.isEmpty()) {
                return Uni.createFrom().item(List.<Contact>of());
            }
            return contacts.find("id in ?1 and erasedAt is null order by id", List.copyOf(ids))
                    .list();
        });
    }

    private static String subject(List<UUID> contactIds, Set<String> emails, Set<String> phones) {
        List<String> parts = new ArrayList<>();
        contactIds.forEach(id -> parts.add("contact " + id));
        emails.forEach(e -> parts.add(Masking.email(e)));
        phones.forEach(p -> parts.add(Masking.phone(p)));
        return String.join(", ", parts);
    }

    private static ErasureRequestService part(UUID requestId, String service) {
        ErasureRequestService part = new ErasureRequestService();
        part.requestId = requestId;
        part.service = service;
        part.status = ErasureRequestService.Status.PENDING;
        return part;
    }

    private static ErasureRequestService.Key key(UUID requestId, String service) {
        ErasureRequestService.Key key = new ErasureRequestService.Key();
        key.requestId = requestId;
        key.service = service;
        return key;
    }
}
