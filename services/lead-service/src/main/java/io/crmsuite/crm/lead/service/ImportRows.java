package io.crmsuite.crm.lead.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.events.lead.LeadSource;
import io.crmsuite.crm.lead.rest.ConsentInput;
import io.crmsuite.crm.lead.rest.LeadInput;
import io.crmsuite.crm.lead.rest.MoneyInput;
import io.crmsuite.crm.lead.rest.Utm;
import io.crmsuite.crm.rest.problem.FieldError;
import io.crmsuite.crm.rest.problem.InvalidRequestException;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads an import body into numbered rows (1 = first data row): a lead input, or the reasons it cannot be one. */
public final class ImportRows {
    public static final List<String> CSV_COLUMNS = List.of(
            "name",
            "company",
            "title",
            "email",
            "phone",
            "region",
            "country",
            "industry",
            "companySize",
            "productInterest",
            "budgetAmount",
            "budgetCurrency",
            "source",
            "campaignId",
            "utmSource",
            "utmMedium",
            "utmCampaign",
            "consentGiven",
            "consentText",
            "notes");

    private ImportRows() {}

    public record Row(int number, LeadInput input, List<FieldError> errors) {}

    public static List<Row> csv(String body) {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .build();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            if (!parser.getHeaderNames().contains("name")
                    || !parser.getHeaderNames().contains("region")) {
                throw InvalidRequestException.forField(null, "the CSV header must name at least: name, region");
            }
            int number = 0;
            for (CSVRecord record : parser) {
                number++;
                rows.add(csvRow(number, record.toMap()));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw InvalidRequestException.forField(null, "the CSV cannot be read: " + e.getMessage());
        }
        return rows;
    }

    static Row csvRow(int number, Map<String, String> cells) {
        List<FieldError> errors = new ArrayList<>();
        Integer size = parse(cells, "companySize", errors, Integer::valueOf);
        BigDecimal budget = parse(cells, "budgetAmount", errors, BigDecimal::new);
        LeadSource source = parse(cells, "source", errors, LeadSource::valueOf);
        UUID campaign = parse(cells, "campaignId", errors, UUID::fromString);
        if (!errors.isEmpty()) {
            return new Row(number, null, errors);
        }
        String consentText = cell(cells, "consentText");
        LeadInput input = new LeadInput(
                cell(cells, "name"),
                cell(cells, "company"),
                cell(cells, "title"),
                cell(cells, "email"),
                cell(cells, "phone"),
                cell(cells, "region"),
                cell(cells, "country"),
                cell(cells, "industry"),
                size,
                cell(cells, "productInterest"),
                budget == null ? null : new MoneyInput(budget, cell(cells, "budgetCurrency")),
                source,
                campaign,
                new Utm(cell(cells, "utmSource"), cell(cells, "utmMedium"), cell(cells, "utmCampaign"), null, null),
                consentText == null
                        ? null
                        : new ConsentInput("true".equalsIgnoreCase(cell(cells, "consentGiven")), consentText),
                cell(cells, "notes"),
                null);
        return new Row(number, input, List.of());
    }

    public static List<Row> json(String body, ObjectMapper json) {
        JsonNode array;
        try {
            array = json.readTree(body);
        } catch (IOException e) {
            throw InvalidRequestException.forField(null, "the body is not JSON");
        }
        if (array == null || !array.isArray()) {
            throw InvalidRequestException.forField(null, "a JSON import is an array of leads");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            try {
                rows.add(new Row(i + 1, json.treeToValue(array.get(i), LeadInput.class), List.of()));
            } catch (IOException | IllegalArgumentException e) {
                rows.add(new Row(i + 1, null, List.of(new FieldError(null, "not a lead: " + firstLine(e)))));
            }
        }
        return rows;
    }

    private static String cell(Map<String, String> cells, String column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value;
    }

    private static <T> T parse(
            Map<String, String> cells,
            String column,
            List<FieldError> errors,
            java.util.function.Function<String, T> parser) {
        String value = cell(cells, column);
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (RuntimeException e) {
            errors.add(new FieldError(column, "cannot be read: " + value));
            return null;
        }
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
