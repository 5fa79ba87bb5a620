package io.crmsuite.crm.events;

import io.crmsuite.crm.events.contact.ConsentPurpose;
import io.crmsuite.crm.events.contact.ConsentState;
import io.crmsuite.crm.events.contact.ConsentStatus;
import io.crmsuite.crm.events.contact.ContactAccountMerged;
import io.crmsuite.crm.events.contact.ContactChannel;
import io.crmsuite.crm.events.contact.ContactConsentChanged;
import io.crmsuite.crm.events.contact.ContactConversionFailed;
import io.crmsuite.crm.events.contact.ContactCreated;
import io.crmsuite.crm.events.contact.ContactCreatedV2;
import io.crmsuite.crm.events.contact.ContactErased;
import io.crmsuite.crm.events.contact.ContactErasureRequested;
import io.crmsuite.crm.events.contact.ContactInactive;
import io.crmsuite.crm.events.contact.ContactLifecycleChanged;
import io.crmsuite.crm.events.contact.ContactMerged;
import io.crmsuite.crm.events.contact.ContactOwnerChanged;
import io.crmsuite.crm.events.contact.ContactSnapshot;
import io.crmsuite.crm.events.contact.ContactSource;
import io.crmsuite.crm.events.contact.ContactTaskReminderDue;
import io.crmsuite.crm.events.contact.ContactTierChanged;
import io.crmsuite.crm.events.contact.ContactUpdated;
import io.crmsuite.crm.events.contact.ContactUpdatedV2;
import io.crmsuite.crm.events.contact.CustomerStatus;
import io.crmsuite.crm.events.contact.LifecycleStage;
import io.crmsuite.crm.events.contact.ValueTier;
import io.crmsuite.crm.events.lead.ConversionFailureReason;
import io.crmsuite.crm.events.lead.ConversionProblem;
import io.crmsuite.crm.events.lead.ConvertedAccount;
import io.crmsuite.crm.events.lead.ConvertedContact;
import io.crmsuite.crm.events.lead.ConvertedOpportunity;
import io.crmsuite.crm.events.lead.LeadAssigned;
import io.crmsuite.crm.events.lead.LeadCaptured;
import io.crmsuite.crm.events.lead.LeadConversionFailed;
import io.crmsuite.crm.events.lead.LeadConverted;
import io.crmsuite.crm.events.lead.LeadErasureCompleted;
import io.crmsuite.crm.events.lead.LeadGrade;
import io.crmsuite.crm.events.lead.LeadInboxSlaBreached;
import io.crmsuite.crm.events.lead.LeadScored;
import io.crmsuite.crm.events.lead.LeadSlaBreached;
import io.crmsuite.crm.events.lead.LeadSource;
import io.crmsuite.crm.events.lead.LeadStatus;
import io.crmsuite.crm.events.lead.LeadStatusChanged;
import io.crmsuite.crm.events.lead.ScoreReason;
import io.crmsuite.crm.events.lead.SizeBand;
import io.crmsuite.crm.events.opportunity.OpportunityWon;
import io.crmsuite.crm.events.opportunity.OpportunityWonV2;
import io.crmsuite.crm.events.opportunity.WonLineItem;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/** Hand-built instances of every event: one with every field set, one with every nullable field null. */
final class SampleEvents {

    static final UUID LEAD = UUID.fromString("1b4e28ba-2fa1-41d2-883f-0016d3cca427");
    static final UUID CONTACT = UUID.fromString("6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f");
    static final UUID OTHER_CONTACT = UUID.fromString("0e9d8c7b-6a5f-4e3d-9c1b-a0f9e8d7c6b5");
    static final UUID ACCOUNT = UUID.fromString("a3bb189e-8bf9-4888-9912-ace4e6543002");
    static final UUID PRODUCT = UUID.fromString("d4c3b2a1-0f9e-4d8c-b7a6-5f4e3d2c1b0a");
    static final UUID OPPORTUNITY = UUID.fromString("c56a4180-65aa-42ec-a945-5fd21dec0538");
    static final UUID CAMPAIGN = UUID.fromString("9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a");
    static final UUID CONVERSION = UUID.fromString("2c5ea4c0-4067-41fb-8a2d-1e2c2b3d4e5f");
    static final UUID RULE = UUID.fromString("7d444840-9dc0-41e1-a4b6-d0a3b7c8e9f1");
    static final UUID REQUEST = UUID.fromString("5e2f1a0b-3c4d-4e5f-8a9b-0c1d2e3f4a5b");
    static final String REP = "4c1a7e52-0d3f-4b8e-9a61-2f5c8d7e9b10";
    static final String MANAGER = "8e2b6f41-1c7d-4a9e-b3f0-5d6c7e8f9a21";
    static final Instant AT = Instant.parse("2025-03-04T08:15:30.123Z");
    static final Money AMOUNT = new Money(new BigDecimal("125000.50"), "CNY");

    private SampleEvents() {}

    static List<EventPayload> full() {
        return List.of(
                new LeadCaptured(LEAD, LeadSource.WEB_FORM, CAMPAIGN, "East China", "CN", "Manufacturing", REP, AT),
                new LeadScored(
                        LEAD,
                        84,
                        LeadGrade.A,
                        90,
                        75,
                        3,
                        List.of(new ScoreReason("INDUSTRY_MATCH", 30), new ScoreReason("NO_RECENT_VISIT", -5)),
                        AT),
                new LeadAssigned(LEAD, REP, "east", RULE, "East China senior reps", AT.plusSeconds(7200), AT),
                new LeadStatusChanged(LEAD, LeadStatus.NEW, LeadStatus.DISQUALIFIED, "NO_BUDGET", MANAGER, AT),
                new LeadConverted(
                        LEAD,
                        CONVERSION,
                        OTHER_CONTACT,
                        ACCOUNT,
                        new ConvertedContact(
                                "Wei", "Zhang", "wei.zhang@example.com", "+8613800138000", "CTO", "East China", "CN"),
                        new ConvertedAccount("Acme Shanghai", "Manufacturing", "East China", "CN", SizeBand.MEDIUM),
                        REP,
                        "east",
                        new ConvertedOpportunity("Acme ERP rollout", AMOUNT, LocalDate.of(2025, 6, 30)),
                        LeadSource.TRADE_SHOW,
                        CAMPAIGN,
                        REP,
                        AT),
                new LeadSlaBreached(LEAD, REP, "east", LeadGrade.B, AT.minusSeconds(60), AT, MANAGER),
                new LeadInboxSlaBreached(
                        LEAD,
                        "East China",
                        "east",
                        LeadGrade.A,
                        AT.minusSeconds(60),
                        AT,
                        List.of(MANAGER),
                        "sales-manager"),
                new LeadConversionFailed(
                        LEAD,
                        CONVERSION,
                        ConversionFailureReason.INVALID_CONTACT_DATA,
                        "The person's data is not acceptable as a contact.",
                        List.of(new ConversionProblem("phones[0]", "is not a valid phone number")),
                        AT),
                new ContactConversionFailed(
                        LEAD,
                        CONVERSION,
                        ConversionFailureReason.INVALID_CONTACT_DATA,
                        "The person's data is not acceptable as a contact.",
                        List.of(new ConversionProblem("emails[0]", "is not a valid email address")),
                        AT),
                new ContactCreated(
                        CONTACT,
                        ACCOUNT,
                        REP,
                        "east",
                        List.of("wei.zhang@example.com"),
                        List.of("+8613800138000"),
                        LEAD,
                        CONVERSION,
                        true,
                        ContactSource.LEAD_CONVERSION,
                        AT),
                new ContactUpdated(
                        CONTACT,
                        7L,
                        List.of("emails", "title"),
                        List.of("wei.zhang@example.com", "wei@example.org"),
                        List.of("+8613800138000"),
                        AT),
                new ContactCreatedV2(
                        CONTACT, 0L, LEAD, CONVERSION, true, ContactSource.LEAD_CONVERSION, AT, fullSnapshot()),
                new ContactUpdatedV2(CONTACT, 7L, List.of("emails", "title"), AT, fullSnapshot()),
                new ContactConsentChanged(
                        CONTACT,
                        ContactChannel.EMAIL,
                        ConsentPurpose.MARKETING,
                        ConsentStatus.GRANTED,
                        ConsentStatus.WITHDRAWN,
                        "web form",
                        "consent",
                        true,
                        "rep.east1",
                        AT),
                new ContactErasureRequested(
                        REQUEST, List.of(CONTACT), List.of("wei.zhang@example.com"), List.of("+8613800138000"), AT),
                new LeadErasureCompleted(REQUEST, 2, AT),
                new ContactMerged(CONTACT, OTHER_CONTACT, MANAGER, AT),
                new ContactAccountMerged(ACCOUNT, UUID.fromString("00000000-0000-0000-0000-0000000000a2"), MANAGER, AT),
                new ContactErased(CONTACT, REQUEST, AT),
                new ContactOwnerChanged(CONTACT, REP, MANAGER, "west", MANAGER, AT),
                new ContactLifecycleChanged(
                        CONTACT,
                        LifecycleStage.AWARENESS,
                        LifecycleStage.PURCHASE,
                        CustomerStatus.EXISTING,
                        "FIRST_PURCHASE",
                        AT),
                new ContactTierChanged(CONTACT, ValueTier.B, ValueTier.A, AMOUNT, 12, AT),
                new ContactInactive(CONTACT, REP, ValueTier.A, AT.minusSeconds(3 * 86400), 3, AT),
                new ContactTaskReminderDue(
                        UUID.fromString("00000000-0000-0000-0000-0000000000b1"),
                        CONTACT,
                        REP,
                        "Call back about the quote",
                        AT.plusSeconds(86400),
                        AT.minusSeconds(60),
                        AT),
                new OpportunityWon(OPPORTUNITY, CONTACT, ACCOUNT, REP, AMOUNT, LEAD, true, AT),
                new OpportunityWonV2(
                        OPPORTUNITY,
                        CONTACT,
                        ACCOUNT,
                        REP,
                        "east",
                        AMOUNT,
                        List.of(new WonLineItem(
                                PRODUCT,
                                "PRN-200",
                                "Office printer",
                                "Printers",
                                new BigDecimal("2"),
                                new Money(new BigDecimal("6200.00"), "CNY"),
                                new BigDecimal("5"),
                                new Money(new BigDecimal("11780.00"), "CNY"))),
                        LEAD,
                        true,
                        AT));
    }

    /** A contact's state with every field set. */
    static ContactSnapshot fullSnapshot() {
        return new ContactSnapshot(
                "Wei",
                "Zhang",
                "Zhang Wei",
                List.of("wei.zhang@example.com"),
                List.of("+8613800138000"),
                ACCOUNT,
                "Purchasing manager",
                LocalDate.of(1985, 4, 12),
                "East China",
                "CN",
                ContactChannel.WECHAT,
                List.of("vip", "printer"),
                List.of(new ConsentState(
                        ContactChannel.EMAIL, ConsentPurpose.MARKETING, ConsentStatus.GRANTED, AT.minusSeconds(60))),
                LifecycleStage.PURCHASE,
                CustomerStatus.EXISTING,
                ValueTier.A,
                true,
                REP,
                "east",
                AT.minusSeconds(3600),
                AT.minusSeconds(86400),
                "ERP-4711");
    }

    /** A contact's state with every nullable field null. */
    static ContactSnapshot nullSnapshot() {
        return new ContactSnapshot(
                null,
                null,
                "Li",
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                LifecycleStage.POTENTIAL,
                CustomerStatus.POTENTIAL,
                null,
                false,
                REP,
                null,
                null,
                null,
                null);
    }

    static List<EventPayload> withNulls() {
        return List.of(
                new LeadCaptured(LEAD, LeadSource.OTHER, null, "West China", null, null, REP, AT),
                new LeadScored(LEAD, 0, LeadGrade.D, 0, 0, 1, List.of(), AT),
                new LeadAssigned(LEAD, REP, "west", null, null, AT.plusSeconds(86400), AT),
                new LeadStatusChanged(LEAD, LeadStatus.WORKING, LeadStatus.QUALIFIED, null, REP, AT),
                new LeadConverted(
                        LEAD,
                        CONVERSION,
                        null,
                        null,
                        new ConvertedContact("Li", "Na", null, null, null, null, null),
                        null,
                        REP,
                        "west",
                        null,
                        LeadSource.REFERRAL,
                        null,
                        REP,
                        AT),
                new LeadSlaBreached(LEAD, REP, "west", LeadGrade.C, AT.minusSeconds(1), AT, null),
                new LeadInboxSlaBreached(
                        LEAD, "Unknown", null, LeadGrade.D, AT.minusSeconds(1), AT, List.of(), "crm-admin"),
                new LeadConversionFailed(
                        LEAD,
                        CONVERSION,
                        ConversionFailureReason.ACCOUNT_NOT_FOUND,
                        "The chosen account does not exist.",
                        List.of(),
                        AT),
                new ContactConversionFailed(
                        LEAD,
                        CONVERSION,
                        ConversionFailureReason.CONTACT_NOT_FOUND,
                        "The chosen contact does not exist.",
                        List.of(),
                        AT),
                new ContactCreated(
                        CONTACT, null, REP, "west", List.of(), List.of(), null, null, false, ContactSource.MANUAL, AT),
                new ContactUpdated(CONTACT, 1L, List.of("title"), List.of(), List.of(), AT),
                new ContactCreatedV2(CONTACT, 0L, null, null, false, ContactSource.MANUAL, AT, nullSnapshot()),
                new ContactUpdatedV2(CONTACT, 1L, List.of("title"), AT, nullSnapshot()),
                new ContactConsentChanged(
                        CONTACT,
                        ContactChannel.SMS,
                        ConsentPurpose.SERVICE,
                        ConsentStatus.WITHDRAWN,
                        null,
                        "call",
                        "contract",
                        false,
                        "system:contact-service",
                        AT),
                new ContactErasureRequested(REQUEST, List.of(), List.of("li.na@example.com"), List.of(), AT),
                new LeadErasureCompleted(REQUEST, 0, AT),
                new ContactMerged(CONTACT, OTHER_CONTACT, MANAGER, AT),
                new ContactAccountMerged(ACCOUNT, UUID.fromString("00000000-0000-0000-0000-0000000000a2"), MANAGER, AT),
                new ContactErased(CONTACT, REQUEST, AT),
                new ContactOwnerChanged(CONTACT, REP, MANAGER, "west", MANAGER, AT),
                new ContactLifecycleChanged(
                        CONTACT, null, LifecycleStage.POTENTIAL, CustomerStatus.POTENTIAL, "CREATED", AT),
                new ContactTierChanged(CONTACT, null, ValueTier.C, new Money(BigDecimal.ZERO, "EUR"), 0, AT),
                new ContactInactive(CONTACT, REP, null, null, 30, AT),
                new OpportunityWon(OPPORTUNITY, CONTACT, null, REP, AMOUNT, null, false, AT),
                new OpportunityWonV2(OPPORTUNITY, CONTACT, null, REP, null, AMOUNT, List.of(), null, false, AT));
    }

    /** Nullable fields inside nested objects that {@link #withNulls()} leaves out by nulling their parent. */
    static List<EventPayload> nestedNulls() {
        return List.of(
                new OpportunityWonV2(
                        OPPORTUNITY,
                        CONTACT,
                        null,
                        REP,
                        null,
                        AMOUNT,
                        List.of(new WonLineItem(
                                PRODUCT, "INK-9", "Ink cartridge", null, BigDecimal.ONE, AMOUNT, null, AMOUNT)),
                        null,
                        false,
                        AT),
                new LeadConverted(
                        LEAD,
                        CONVERSION,
                        null,
                        null,
                        new ConvertedContact("Li", "Na", "li.na@example.com", null, null, null, null),
                        new ConvertedAccount("Na Trading", null, "West China", null, null),
                        REP,
                        "west",
                        new ConvertedOpportunity("First order", AMOUNT, LocalDate.of(2025, 12, 31)),
                        LeadSource.SOCIAL,
                        null,
                        REP,
                        AT));
    }

    /** For parameterized tests: each sample named by its type. */
    static Stream<Named<EventPayload>> named(List<EventPayload> samples) {
        return samples.stream().map(e -> Named.of(EventCatalog.typeOf(e.getClass()), e));
    }

    static EventPayload full(Class<? extends EventPayload> eventClass) {
        return full().stream()
                .filter(eventClass::isInstance)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no sample for " + eventClass));
    }
}
