package io.crmsuite.crm.contact.domain;

import io.crmsuite.crm.events.contact.ContactSource;
import io.crmsuite.crm.events.contact.CustomerStatus;
import io.crmsuite.crm.events.contact.LifecycleStage;
import io.crmsuite.crm.events.contact.ValueTier;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A person: the customer master record. Emails lower case, phones E.164, tags lower case. */
@Entity
@Table(name = "contact")
public class Contact {
    @Id
    public UUID id;

    @Version
    public long version;

    public String givenName;
    public String familyName;
    public String displayName;
    public String nameKey;
    public String[] emails = new String[0];
    public String[] phones = new String[0];
    public UUID accountId;
    public String title;
    public LocalDate birthday;
    public String region;
    public String country;

    @Enumerated(EnumType.STRING)
    public Channel preferredChannel;

    public String preferences;
    public String hiddenNeeds;

    @Enumerated(EnumType.STRING)
    public ContactSource source;

    public String ownerId;
    public String team;
    public String[] tags = new String[0];

    @Enumerated(EnumType.STRING)
    public CustomerStatus customerStatus;

    @Enumerated(EnumType.STRING)
    public LifecycleStage lifecycleStage;

    @Enumerated(EnumType.STRING)
    public ValueTier valueTier;

    public BigDecimal trailingRevenue = BigDecimal.ZERO;
    public int purchaseCount;
    public Instant lastPurchaseAt;
    public Instant lastInteractionAt;
    public Instant inactiveNotifiedAt;
    public boolean marketingConsent;
    public String externalId;
    public UUID leadId;

    @Column(name = "search_text")
    public String searchText;

    public Instant erasedAt;
    public Instant createdAt;
    public Instant updatedAt;

    /** Recomputes the derived name and search columns; call after any change of names, emails or account name. */
    public void refreshDerived(String accountName) {
        nameKey = PersonNames.key(displayName);
        searchText = Stream.concat(Stream.of(displayName, givenName, familyName, accountName), Stream.of(emails))
                .filter(s -> s != null && !s.isBlank())
                .map(s -> s.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" "));
    }

    /** Preferred channels a contact can state. */
    public enum Channel {
        PHONE,
        EMAIL,
        SMS,
        WECHAT,
        WHATSAPP,
        MAIL,
        IN_PERSON
    }
}
