package io.crmsuite.crm.contact.service;

import io.crmsuite.crm.audit.Actor;
import io.crmsuite.crm.contact.domain.Account;
import io.crmsuite.crm.contact.domain.Contact;
import io.crmsuite.crm.contact.domain.PersonNames;
import io.crmsuite.crm.contact.repository.AccountRepository;
import io.crmsuite.crm.contact.repository.ContactRepository;
import io.crmsuite.crm.contact.rest.AccountInput;
import io.crmsuite.crm.contact.rest.ContactInput;
import io.crmsuite.crm.contact.rest.ContactMapper;
import io.crmsuite.crm.events.contact.ContactSource;
import io.crmsuite.crm.events.lead.ConversionFailureReason;
import io.crmsuite.crm.events.lead.ConversionProblem;
import io.crmsuite.crm.events.lead.ConvertedAccount;
import io.crmsuite.crm.events.lead.ConvertedContact;
import io.crmsuite.crm.events.lead.LeadConverted;
import io.crmsuite.crm.rest.problem.ProblemException;
import io.crmsuite.crm.security.ScopeClause;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code lead converted} → the account and contact: the ones the lead service chose, else matching existing ones
 * (same account name; contact dedupe by email, phone, name + account), else new ones owned by the lead's owner. The
 * same lead twice yields one contact. Answers with {@code contact created} carrying the lead and conversion ids
 * ({@code matchedExisting} when an existing contact was used). Runs in the consumer's transaction. A conversion it
 * refuses — a chosen contact or account that does not exist, a person that is not a valid contact — is refused before
 * anything is written ({@link ConversionRefused}; the consumer answers {@code contact conversion-failed}).
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

    /** Why a conversion is refused, found before anything was written. */
    public static final class ConversionRefused extends RuntimeException {
        private final ConversionFailureReason reason;
        private final List<ConversionProblem> errors;

        ConversionRefused(ConversionFailureReason reason, String message, List<ConversionProblem> errors) {
            super(message, null, false, false);
            this.reason = reason;
            this.errors = List.copyOf(errors);
        }

        public ConversionFailureReason reason() {
            return reason;
        }

        public List<ConversionProblem> errors() {
            return errors;
        }
    }

    public Uni<Contact> convert(LeadConverted lead, Actor actor) {
        return contacts.findByLead(lead.leadId()).chain(already -> {
            if (already != null) {
                return Uni.createFrom().item(already); // converted before under another event id
            }
            return checked(lead).chain(chosen -> account(lead, actor)
                    .chain(account -> chosen.existing() != null
                            ? attach(chosen.existing(), lead, actor)
                            : create(chosen.draft(), lead, account, actor)));
        });
    }

    /** The existing contact chosen, or the draft of the new one: what the conversion would write, checked first. */
    private record Choice(Contact existing, Contact draft) {}

    private Uni<Choice> checked(LeadConverted lead) {
        Uni<Contact> chosen = lead.existingContactId() == null
                ? Uni.createFrom().nullItem()
                : contacts.findById(lead.existingContactId()).invoke(found -> {
                    if (found == null || found.erasedAt != null) {
                        throw new ConversionRefused(
                                ConversionFailureReason.CONTACT_NOT_FOUND,
                                "The contact chosen to convert into does not exist (any more); convert into another"
                                        + " contact or a new one.",
                                List.of());
                    }
                });
        Uni<Account> account = lead.existingAccountId() == null
                ? Uni.createFrom().nullItem()
                : accounts.findById(lead.existingAccountId()).invoke(found -> {
                    if (found == null) {
                        throw new ConversionRefused(
                                ConversionFailureReason.ACCOUNT_NOT_FOUND,
                                "The account chosen to attach to does not exist (any more); choose another account"
                                        + " or none.",
                                List.of());
                    }
                });
        return chosen.chain(
                existing -> account.map(ignored -> new Choice(existing, existing == null ? draft(lead) : null)));
    }

    private Contact draft(LeadConverted lead) {
        try {
            return fromLead(lead);
        } catch (ProblemException invalid) {
            throw new ConversionRefused(
                    ConversionFailureReason.INVALID_CONTACT_DATA,
                    "The person's data is not acceptable as a contact; correct the lead and convert it again.",
                    invalid.toProblem().errors() == null
                            ? List.of()
                            : invalid.toProblem().errors().stream()
                                    .map(e -> new ConversionProblem(e.field(), e.message()))
                                    .toList());
        }
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

    private Uni<Contact> create(Contact contact, LeadConverted lead, Account account, Actor actor) {
        contact.accountId = account == null ? null : account.id;
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

    private Contact fromLead(LeadConverted lead) {
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
                        null,
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
