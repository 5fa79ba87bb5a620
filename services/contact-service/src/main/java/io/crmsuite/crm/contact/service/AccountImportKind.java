package io.crmsuite.crm.contact.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.contact.domain.Account;
import io.crmsuite.crm.contact.rest.AccountInput;
import io.crmsuite.crm.contact.rest.ContactMapper;
import io.crmsuite.crm.imports.CsvShape;
import io.crmsuite.crm.imports.ImportJob;
import io.crmsuite.crm.imports.ImportKind;
import io.crmsuite.crm.imports.ImportRow;
import io.crmsuite.crm.imports.ImportRows;
import io.crmsuite.crm.imports.RowOutcome;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Account rows of an import ({@code POST /api/v1/imports/accounts}): validated and normalised exactly like a single
 * create ({@link AccountInput} bean validation, then {@link ContactMapper#apply(AccountInput, Account)}), owned by the
 * uploader; written chunk after chunk by {@link AccountImportWriter}.
 */
@ApplicationScoped
public class AccountImportKind implements ImportKind<Account> {
    public static final String NAME = "accounts";

    static final CsvShape CSV = CsvShape.flat(
            List.of("name", "industry", "region", "country", "sizeBand", "website", "parentId", "tags", "externalId"),
            Set.of("tags"),
            Set.of());

    private final AccountImportWriter writer;
    private final ImportStatistics statistics;
    private final ContactMapper mapper;
    private final ObjectMapper json;
    private final Validator validator;

    AccountImportKind(
            AccountImportWriter writer,
            ImportStatistics statistics,
            ContactMapper mapper,
            ObjectMapper json,
            Validator validator) {
        this.writer = writer;
        this.statistics = statistics;
        this.mapper = mapper;
        this.json = json;
        this.validator = validator;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CsvShape csv() {
        return CSV;
    }

    @Override
    public Account prepare(JsonNode row, ImportJob job) {
        AccountInput input = ImportRows.validated(row, AccountInput.class, json, validator);
        Account account = new Account();
        account.id = UUID.randomUUID();
        mapper.apply(input, account);
        account.ownerId = job.ownerId;
        account.team = job.team;
        return account;
    }

    @Override
    public Uni<List<RowOutcome>> write(ImportJob job, List<ImportRow<Account>> rows) {
        List<AccountImportPlanner.Row> planned = rows.stream()
                .map(row -> new AccountImportPlanner.Row(row.number(), row.value()))
                .toList();
        return ImportStatistics.preferIndexes()
                .chain(() -> writer.write(ImportOptions.of(job), planned))
                .map(outcomes -> outcomes.stream()
                        .map(AccountImportPlanner.Outcome::toRowOutcome)
                        .toList());
    }

    @Override
    public Uni<Void> finished(ImportJob job) {
        return statistics.refreshAfter(job, "account");
    }
}
