package io.crmsuite.crm.persistence.testapp;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Generated;

/** A table written only set-based: declared by a plain class (see {@link GadgetTables}). */
@Table(name = "gadget_log")
public class GadgetLog {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    public UUID gadgetId;
    public String note;

    @Generated
    public Instant createdAt;

    public static GadgetLog of(UUID gadget, String note) {
        GadgetLog log = new GadgetLog();
        log.gadgetId = gadget;
        log.note = note;
        return log;
    }
}
