package io.crmsuite.crm.persistence.testapp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Test entity with a column of every kind the set-based statements carry. */
@Entity
@Table(name = "gadget")
public class Gadget {
    public static final String CONSTANT = "not a column";

    @Id
    public UUID id;

    @Version
    public long version;

    public String name;
    public Integer size;
    public long counter;
    public BigDecimal price;
    public String currency;
    public boolean active;
    public LocalDate madeOn;
    public Instant madeAt;

    @Enumerated(EnumType.STRING)
    public Colour colour;

    public String[] tags = new String[0];

    @Column(name = "legacy_code")
    public String code;

    @Transient
    public String note;

    public enum Colour {
        RED,
        GREEN
    }
}
