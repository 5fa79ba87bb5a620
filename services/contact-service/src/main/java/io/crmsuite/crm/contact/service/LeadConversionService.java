package io.crmsuite.crm.contact.service;

import io.crmsuite.crm.contact.domain.Account;
import io.crmsuite.crm.contact.domain.Contact;
import io.crmsuite.crm.contact.domain.PersonNames;
import io.crmsuite.crm.contact.repository.AccountRepository;
import io.crmsuite.crm.contact.repository.ContactRepository;
import io.crmsuite.crm.contact.rest.AccountInput;
import io.crmsuite.crm.contact.rest.ContactInput;
import io.crmsuite.crm.contact.rest.ContactMapper;
import io.crmsuite.crm.events.contact.ContactSource;
import io.crmsuite.crm.events.lead.ConvertedAccount;
import io.crmsuite.crm.events.lead.ConvertedContact;
import io.crmsuite.crm.events.lead.LeadConverted;
import io.crmsuite.crm.security.ScopeClause;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code lead converted} → the account and contact: the ones the lead service chose, else matching existing ones
 * (same account name; contact dedupe by email, phone, name + account), else new ones owned by the lead's owner. The
 * same lead twice yields one contact. Always answers with {@code contact created} carrying the lead and conversion ids
 * ({@code matchedExisting} when an existing contact was used). Runs in the consumer's transaction.
 */
@ApplicationScoped
public class LeadConversionService {
    private static final ScopeClause EVERYTHING = new ScopeClause("1 = 1", Map.of());

    private final ContactRepository contacts;
    private final AccountRepository accounts;
    private final AccountService accountService;
    private final ContactWriter writer;
    private final ContactMapper mapper;

    public LeadConversionService(
            ContactRepository contacts,
            AccountRepository accounts,
            AccountService accountService,
            ContactWriter writer,
            ContactMapper mapper) {
        this.contacts = contacts;
        this.accounts = accounts;
        this.accountService = accountService;
        this.writer = writer;
        this.mapper = mapper;
    }

    public Uni<Contact> convert(LeadConverted lead, Actor actor) {
        return contacts.findByLead(lead.leadId()).chain(already -> {
            if (already != null) {
                return Uni.createFrom().item(already); // converted before under another event id
            }
            return account(lead, actor).chain(account -> contact(lead, account, actor));
        });
    }

    private Uni<Account> account(LeadConverted lead, Actor actor) {
        if (lead.existingAccountId() != null) {
            return accounts.findById(lead.existingAccountId());
        }
        ConvertedAccount company = lead.account();
        if (company == null || PersonNames.clean(company.name()) == null) {
            return Uni.createFrom().nullItem();
        }
        return accounts.findByNameKey(PersonNames.key(company.name()))
                .chain(found -> found != null
                        ? Uni.createFrom().item(found)
                        : accountService.create(
                                new AccountInput(
                                        company.name(),
                                        company.industry(),
                                        company.region(),
                                        company.country(),
                                        company.sizeBand(),
                                        null,
                                        null,
                                        List.of(),
                                        null),
                                lead.ownerId(),
                                lead.team(),
                                actor));
    }

    private Uni<Contact> contact(LeadConverted lead, Account account, Actor actor) {
        Uni<Contact> chosen = lead.existingContactId() == null
                ? Uni.createFrom().nullItem()
                : contacts.findById(lead.existingContactId());
        return chosen.chain(existing -> {
            if (existing != null) {
                return attach(existing, lead, actor);
            }
            Contact contact = fromLead(lead, account);
            return writer.createDeduplicated(
                            contact,
                            account == null ? null : account.name,
                            ContactService.OnDuplicate.MERGE,
                            EVERYTHING,
                            actor,
                            lead.conversionId())
                    .chain(created -> created.created()
                            ? Uni.createFrom().item(created.contact())
                            : attach(created.contact(), lead, actor));
        });
    }

    private Uni<Contact> attach(Contact existing, LeadConverted lead, Actor actor) {
        Uni<Void> link = Uni.createFrom().voidItem();
        if (existing.leadId == null) {
            Map<String, String> before = mapper.snapshot(existing);
            existing.leadId = lead.leadId();
            link = writer.saveChanges(existing, before, "lead-linked", actor);
        }
        return link.chain(() -> writer.events().created(existing, lead.leadId(), lead.conversionId(), true))
                .replaceWith(existing);
    }

    private Contact fromLead(LeadConverted lead, Account account) {
        ConvertedContact person = lead.contact();
        Contact contact = new Contact();
        contact.id = UUID.randomUUID();
        mapper.apply(
                new ContactInput(
                        person.givenName(),
                        person.familyName(),
                        null,
                        person.email() == null ? List.of() : List.of(person.email()),
                        person.phone() == null ? List.of() : List.of(person.phone()),
                        account == null ? null : account.id,
                        person.title(),
                        null,
                        person.region(),
                        person.country(),
                        null,
                        null,
                        null,
                        ContactSource.LEAD_CONVERSION,
                        List.of(),
                        null),
                contact);
        contact.leadId = lead.leadId();
        contact.ownerId = lead.ownerId();
        contact.team = lead.team();
        return contact;
    }
}
