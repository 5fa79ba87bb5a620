package io.crmsuite.crm.contact.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.audit.Actor;
import io.crmsuite.crm.audit.AuditTrail;
import io.crmsuite.crm.contact.domain.Account;
import io.crmsuite.crm.contact.domain.RecordTypes;
import io.crmsuite.crm.contact.repository.AccountRepository;
import io.crmsuite.crm.contact.rest.AccountInput;
import io.crmsuite.crm.contact.rest.ContactMapper;
import io.crmsuite.crm.events.contact.ContactAccountMerged;
import io.crmsuite.crm.messaging.outbox.Outbox;
import io.crmsuite.crm.rest.problem.InvalidRequestException;
import io.crmsuite.crm.rest.problem.ResourceNotFoundException;
import io.crmsuite.crm.security.CurrentUser;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Merges a duplicate account into a survivor: empty fields filled, tags united, its contacts and child accounts
 * re-pointed, the duplicate deleted and kept as a full record in the audit trail, and {@code account-merged} emitted
 * so that other services re-point their references.
 */
@ApplicationScoped
public class AccountMergeService {
    private static final List<String> REPOINT = List.of(
            "update account set parent_id = :survivor where parent_id = :merged and id <> :survivor",
            "update account set parent_id = null where id = :survivor and parent_id = :merged");

    private final AccountRepository accounts;
    private final io.crmsuite.crm.contact.repository.ContactRepository contacts;
    private final ContactMapper mapper;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final ObjectMapper json;

    public AccountMergeService(
            AccountRepository accounts,
            io.crmsuite.crm.contact.repository.ContactRepository contacts,
            ContactMapper mapper,
            AuditTrail audit,
            Outbox outbox,
            ObjectMapper json) {
        this.accounts = accounts;
        this.contacts = contacts;
        this.mapper = mapper;
        this.audit = audit;
        this.outbox = outbox;
        this.json = json;
    }

    @WithTransaction
    public Uni<Account> merge(UUID survivorId, UUID mergedId, CurrentUser user, Actor actor) {
        if (survivorId.equals(mergedId)) {
            throw InvalidRequestException.forField("mergeId", "must be another account than the survivor");
        }
        var scope = ContactAccess.write(user);
        return accounts.findInScope(survivorId, scope)
                .onItem()
                .ifNull()
                .failWith(() -> ResourceNotFoundException.of("Account", survivorId))
                .chain(survivor -> accounts.findInScope(mergedId, scope)
                        .onItem()
                        .ifNull()
                        .failWith(() -> ResourceNotFoundException.of("Account", mergedId))
                        .chain(merged -> merge(survivor, merged, actor)));
    }

    private Uni<Account> merge(Account survivor, Account merged, Actor actor) {
        AccountInput before = mapper.toInput(survivor);
        String record = snapshot(merged);
        String externalId = merged.externalId;
        return audit.action(RecordTypes.ACCOUNT, merged.id, "merged-away", record, actor)
                .chain(() -> moveContacts(survivor, merged.id))
                .chain(() -> repoint(survivor.id, merged.id))
                .chain(() -> accounts.delete(merged))
                .chain(accounts::flush)
                .chain(() -> {
                    fill(survivor, merged, externalId);
                    survivor.updatedAt = Instant.now();
                    return accounts.flush();
                })
                .chain(() -> audit.action(RecordTypes.ACCOUNT, survivor.id, "merged", merged.id.toString(), actor))
                .chain(() -> audit.changes(
                        RecordTypes.ACCOUNT,
                        survivor.id,
                        "merged",
                        text(before),
                        text(mapper.toInput(survivor)),
                        actor))
                .chain(() ->
                        outbox.append(new ContactAccountMerged(survivor.id, merged.id, actor.name(), Instant.now())))
                .replaceWith(survivor);
    }

    private static void fill(Account survivor, Account merged, String externalId) {
        survivor.industry = survivor.industry != null ? survivor.industry : merged.industry;
        survivor.region = survivor.region != null ? survivor.region : merged.region;
        survivor.country = survivor.country != null ? survivor.country : merged.country;
        survivor.sizeBand = survivor.sizeBand != null ? survivor.sizeBand : merged.sizeBand;
        survivor.website = survivor.website != null ? survivor.website : merged.website;
        survivor.externalId = survivor.externalId != null ? survivor.externalId : externalId;
        if (survivor.parentId == null && merged.parentId != null && !merged.parentId.equals(survivor.id)) {
            survivor.parentId = merged.parentId;
        }
        Set<String> tags = new LinkedHashSet<>(Arrays.asList(survivor.tags));
        tags.addAll(Arrays.asList(merged.tags));
        survivor.tags = tags.toArray(String[]::new);
    }

    /**
     * The duplicate's contacts move to the survivor as entities (their version moves on), and their search text takes
     * the survivor's name, so a search by the company finds them under the name that stays.
     */
    private Uni<Void> moveContacts(Account survivor, UUID merged) {
        return contacts.list("accountId", merged)
                .invoke(moved -> moved.forEach(contact -> {
                    contact.accountId = survivor.id;
                    contact.refreshDerived(survivor.name);
                    contact.updatedAt = Instant.now();
                }))
                .replaceWithVoid();
    }

    private Uni<Void> repoint(UUID survivor, UUID merged) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String sql : REPOINT) {
            chain = chain.chain(() -> Panache.getSession()
                    .chain(s -> s.createNativeQuery(sql)
                            .setParameter("survivor", survivor)
                            .setParameter("merged", merged)
                            .executeUpdate())
                    .replaceWithVoid());
        }
        return chain;
    }

    private String snapshot(Account merged) {
        try {
            return json.writeValueAsString(mapper.toView(merged));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("account not serialisable", e);
        }
    }

    private static Map<String, String> text(AccountInput a) {
        return Map.of(
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
