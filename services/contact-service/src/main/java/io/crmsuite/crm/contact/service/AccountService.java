package io.crmsuite.crm.contact.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.crmsuite.crm.audit.Actor;
import io.crmsuite.crm.audit.AuditEntry;
import io.crmsuite.crm.audit.AuditTrail;
import io.crmsuite.crm.contact.domain.Account;
import io.crmsuite.crm.contact.domain.RecordTypes;
import io.crmsuite.crm.contact.repository.AccountRepository;
import io.crmsuite.crm.contact.rest.AccountInput;
import io.crmsuite.crm.contact.rest.ContactMapper;
import io.crmsuite.crm.rest.etag.ETags;
import io.crmsuite.crm.rest.page.Keyset;
import io.crmsuite.crm.rest.page.Page;
import io.crmsuite.crm.rest.page.PageRequest;
import io.crmsuite.crm.rest.patch.JsonMergePatch;
import io.crmsuite.crm.rest.problem.ConflictException;
import io.crmsuite.crm.rest.problem.InvalidRequestException;
import io.crmsuite.crm.rest.problem.ResourceNotFoundException;
import io.crmsuite.crm.security.CurrentUser;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Accounts (companies): created by sales users, owned like contacts, audited field by field. */
@ApplicationScoped
public class AccountService {
    public static final Keyset<String, UUID> BY_NAME =
            Keyset.ascending("name", "c.name", "c.id", s -> s, UUID::fromString);

    private final AccountRepository accounts;
    private final ContactMapper mapper;
    private final JsonMergePatch patches;
    private final AuditTrail audit;

    public AccountService(AccountRepository accounts, ContactMapper mapper, JsonMergePatch patches, AuditTrail audit) {
        this.accounts = accounts;
        this.mapper = mapper;
        this.patches = patches;
        this.audit = audit;
    }

    /** Runs in the caller's transaction. */
    public Uni<Account> create(AccountInput input, String ownerId, String team, Actor actor) {
        Account account = new Account();
        account.id = UUID.randomUUID();
        mapper.apply(input, account);
        account.ownerId = ownerId;
        account.team = team;
        account.createdAt = Instant.now();
        account.updatedAt = account.createdAt;
        return checkParentAndExternalId(account)
                .chain(() -> accounts.persist(account))
                .chain(accounts::flush)
                .chain(() -> audit.action(RecordTypes.ACCOUNT, account.id, "created", account.name, actor))
                .replaceWith(account);
    }

    @WithSession
    public Uni<Account> get(UUID id, CurrentUser user) {
        return accounts.findInScope(id, ContactAccess.readAccounts(user))
                .onItem()
                .ifNull()
                .failWith(() -> ResourceNotFoundException.of("Account", id));
    }

    /** The audit trail of a visible account (or of a merged-away one, for admins and auditors). */
    @WithSession
    public Uni<List<AuditEntry>> audit(UUID id, CurrentUser user) {
        return audit.forCaller(id, user, "Account", () -> get(id, user));
    }

    @WithSession
    public Uni<Page<Account>> list(String name, PageRequest page, CurrentUser user) {
        return accounts.page(name, ContactAccess.readAccounts(user), BY_NAME.query(page), page.fetchSize())
                .map(rows -> BY_NAME.page(rows, page, a -> a.name, a -> a.id));
    }

    @WithTransaction
    public Uni<Account> update(UUID id, JsonNode patch, String ifMatch, CurrentUser user, Actor actor) {
        ETags.requirePresent(ifMatch);
        return accounts.findInScope(id, ContactAccess.write(user))
                .onItem()
                .ifNull()
                .failWith(() -> ResourceNotFoundException.of("Account", id))
                .chain(account -> {
                    ETags.requireMatch(ifMatch, account.version);
                    AccountInput before = mapper.toInput(account);
                    AccountInput merged = patches.apply(patch, before, AccountInput.class);
                    mapper.apply(merged, account);
                    if (Objects.equals(account.parentId, account.id)) {
                        throw InvalidRequestException.forField("parentId", "must not be the account itself");
                    }
                    account.updatedAt = Instant.now();
                    return accounts.flush()
                            .chain(() -> audit.changes(
                                    RecordTypes.ACCOUNT, id, "updated", text(before), text(merged), actor))
                            .replaceWith(account);
                });
    }

    private Uni<Void> checkParentAndExternalId(Account account) {
        Uni<Void> parent = account.parentId == null
                ? Uni.createFrom().voidItem()
                : accounts.findById(account.parentId).map(p -> {
                    if (p == null) {
                        throw InvalidRequestException.forField("parentId", "is not an existing account");
                    }
                    return null;
                });
        return parent.chain(() -> account.externalId == null
                ? Uni.createFrom().voidItem()
                : accounts.findByExternalId(account.externalId).map(other -> {
                    if (other != null) {
                        throw new ConflictException(
                                "external-id-taken",
                                "Another account has this externalId.",
                                Map.of("accountId", other.id));
                    }
                    return null;
                }));
    }

    private static Map<String, String> text(AccountInput a) {
        return Map.of(
                "name", String.valueOf(a.name()),
                "industry", String.valueOf(a.industry()),
                "region", String.valueOf(a.region()),
                "country", String.valueOf(a.country()),
                "sizeBand", String.valueOf(a.sizeBand()),
                "website", String.valueOf(a.website()),
                "parentId", String.valueOf(a.parentId()),
                "tags", String.valueOf(a.tags()),
                "externalId", String.valueOf(a.externalId()));
    }
}
