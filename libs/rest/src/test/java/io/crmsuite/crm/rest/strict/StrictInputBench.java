package io.crmsuite.crm.rest.strict;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What strict input costs per request body, measured directly (`make bench`): the same capture-sized body read by the
 * mapper Quarkus configures by default (unknown properties ignored) and by the same mapper with {@link StrictJson}
 * (unknown fields collected, duplicate keys, fractions and text checked). Capture benchmarks cannot show a difference of
 * a few microseconds in a request that costs a millisecond or more of CPU: their run-to-run spread is larger than that.
 * Fails when strict reading costs more than {@code bench.strict.max-extra-micros} (default 10) per body.
 */
class StrictInputBench {
    private static final int ROUNDS = Integer.getInteger("bench.strict.rounds", 5);
    private static final int BODIES = Integer.getInteger("bench.strict.bodies", 200_000);
    private static final double MAX_EXTRA_MICROS =
            Double.parseDouble(System.getProperty("bench.strict.max-extra-micros", "10"));

    record Consent(Boolean email, Boolean sms, Boolean phone) {}

    record Address(String street, String city, String province, String postalCode, String country) {}

    record CaptureBody(
            String firstName,
            String lastName,
            String email,
            String phone,
            String company,
            String title,
            String country,
            String region,
            String source,
            Integer companySize,
            BigDecimal budget,
            List<String> tags,
            Consent consent,
            Address address,
            Map<String, String> customFields) {}

    private static final byte[] BODY = """
            {"firstName":"Wei","lastName":"Zhang","email":"wei.zhang@example.cn","phone":"+86 138 0013 8000",
             "company":"Acme Trading (Shanghai) Co., Ltd.","title":"Purchasing manager","country":"CN",
             "region":"East China","source":"WEB_FORM","companySize":250,"budget":120000.50,
             "tags":["printer","expo-2026","vip"],"consent":{"email":true,"sms":false,"phone":null},
             "address":{"street":"88 Century Avenue","city":"Shanghai","province":"Shanghai","postalCode":"200120",
                        "country":"CN"},
             "customFields":{"campaign":"spring-expo","utm_source":"baidu","utm_medium":"cpc"}}
            """.getBytes(StandardCharsets.UTF_8);

    @Test
    void strictReadingCostsAFewMicrosecondsPerBody() throws Exception {
        ObjectMapper tolerant = new ObjectMapper().findAndRegisterModules();
        tolerant.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        ObjectMapper strict = new ObjectMapper().findAndRegisterModules();
        strict.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        new StrictJson().customize(strict);
        ObjectReader tolerantReader = tolerant.readerFor(CaptureBody.class);
        ObjectReader strictReader = strict.readerFor(CaptureBody.class);

        // both read the body to the same value
        assertTrue(tolerantReader.readValue(BODY).equals(strictReader.readValue(BODY)));

        double[] tolerantNs = new double[ROUNDS];
        double[] strictNs = new double[ROUNDS];
        read(tolerantReader, BODIES); // warm-up, both
        read(strictReader, BODIES);
        for (int round = 0; round < ROUNDS; round++) { // alternating, so drift hits both alike
            tolerantNs[round] = read(tolerantReader, BODIES);
            strictNs[round] = read(strictReader, BODIES);
        }
        double tolerantMedian = median(tolerantNs);
        double strictMedian = median(strictNs);
        double extraMicros = (strictMedian - tolerantMedian) / 1000.0;

        System.out.printf(
                "%nStrict input: reading one %d-byte capture body (%d bodies per round, %d rounds)%n",
                BODY.length, BODIES, ROUNDS);
        System.out.println("| reader | ns per body, rounds | median ns per body |");
        System.out.println("|---|---|---|");
        System.out.printf("| tolerant (Quarkus default) | %s | %.0f |%n", rounds(tolerantNs), tolerantMedian);
        System.out.printf("| strict (StrictJson) | %s | %.0f |%n", rounds(strictNs), strictMedian);
        System.out.printf("| extra per body | | %.2f µs (limit %.0f µs) |%n%n", extraMicros, MAX_EXTRA_MICROS);
        assertTrue(
                extraMicros <= MAX_EXTRA_MICROS,
                () -> "strict reading costs " + extraMicros + " µs more per body (limit " + MAX_EXTRA_MICROS + ")");
    }

    private static double read(ObjectReader reader, int bodies) throws Exception {
        List<Object> sink = new ArrayList<>(1);
        long start = System.nanoTime();
        for (int i = 0; i < bodies; i++) {
            Object value = reader.readValue(BODY);
            if ((i & 1023) == 0) {
                sink.clear();
                sink.add(value);
            }
        }
        long elapsed = System.nanoTime() - start;
        assertTrue(!sink.isEmpty());
        return (double) elapsed / bodies;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String rounds(double[] values) {
        StringBuilder text = new StringBuilder();
        for (double v : values) {
            text.append(text.isEmpty() ? "" : " / ").append(String.format("%.0f", v));
        }
        return text.toString();
    }
}
