package io.crmsuite.crm.contact.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.contact.mapping.ContactMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.List;

/** Contact rows: {@link ImportService#toContact} then {@link ImportChunkWriter}. */
@ApplicationScoped
class ContactImportKind implements ImportKind<ImportPlanner.Row> {
    private final ImportChunkWriter writer;
    private final ContactMapper mapper;
    private final ObjectMapper json;
    private final Validator validator;

    ContactImportKind(ImportChunkWriter writer, ContactMapper mapper, ObjectMapper json, Validator validator) {
        this.writer = writer;
        this.mapper = mapper;
        this.json = json;
        this.validator = validator;
    }

    @Override
    public String name() {
        return ImportService.CONTACTS;
    }

    @Override
    public String table() {
        return "contact";
    }

    @Override
    public ImportPlanner.Row prepare(JsonNode row, int number, ImportRun run) throws Exception {
        return new ImportPlanner.Row(
                number, ImportService.toContact(row, run.ownerId, run.team, json, mapper, validator));
    }

    @Override
    public Uni<List<? extends RowOutcome>> write(
            SqlConnection connection, ImportRun run, List<ImportPlanner.Row> rows) {
        return writer.write(connection, run.chunkJob(), rows).map(outcomes -> outcomes);
    }
}
