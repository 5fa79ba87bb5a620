package io.crmsuite.crm.contact.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.crmsuite.crm.contact.Contact;
import io.crmsuite.crm.contact.ImportJob;
import io.crmsuite.crm.contact.config.ContactSettings;
import io.crmsuite.crm.contact.mapping.ContactInput;
import io.crmsuite.crm.contact.mapping.ContactMapper;
import io.crmsuite.crm.events.contact.ContactSource;
import io.crmsuite.crm.security.CurrentUser;
import io.crmsuite.crm.security.ScopeClause;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Bulk import of contacts: the upload is parsed and stored as a job in the request's transaction (202), then processed
 * in chunks, each chunk one transaction with the job's progress ({@link ImportProcessor}). Dedupe applies per row.
 */
@ApplicationScoped
public class ImportService {
    public static final String CONTACTS = "contacts";
    private final ObjectMapper json;
    private final int maxRows;

    public ImportService(ObjectMapper json, ContactSettings settings) {
        this.json = json;
        this.maxRows = settings.importing().maxRows();
    }

    /** Parses and stores the job (in the caller's transaction); 400 for an unreadable upload, nothing stored. */
    public Uni<ImportJob> submit(String body, boolean csv, ContactService.OnDuplicate mode, CurrentUser user) {
        ArrayNode rows = csv ? ImportRows.fromCsv(body, json, maxRows) : ImportRows.fromJson(body, json, maxRows);
        ImportJob job = new ImportJob();
        job.id = UUID.randomUUID();
        job.kind = CONTACTS;
        job.status = "QUEUED";
        job.total = rows.size();
        job.rejections = "[]";
        job.rowsJson = rows.toString();
        job.onDuplicate = mode.name();
        job.createdBy = user.actor();
        job.ownerId = user.subject();
        job.team = user.team();
        job.createdAt = Instant.now();
        return Panache.getSession().chain(s -> s.persist(job)).replaceWith(job);
    }

    /** One row as a contact of the job's owner, or the row's problem. */
    static Contact toContact(
            JsonNode row,
            ImportJob job,
            ObjectMapper json,
            ContactMapper mapper,
            jakarta.validation.Validator validator)
            throws Exception {
        ContactInput input = json.treeToValue(row, ContactInput.class);
        var violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new jakarta.validation.ConstraintViolationException(violations);
        }
        Contact contact = new Contact();
        contact.id = UUID.randomUUID();
        mapper.apply(input, contact);
        contact.source = input.source() == null ? ContactSource.IMPORT : input.source();
        contact.ownerId = job.ownerId;
        contact.team = job.team;
        return contact;
    }

    static ScopeClause everything() {
        return new ScopeClause("1 = 1", Map.of());
    }
}
