package io.crmsuite.crm.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo content of {@code make run}: the steps of {@code demo/content.txt}, sent through the gateway as the demo
 * users (real tokens from the realm), so that every rule of the suite applies to them as to a user's own data. Each
 * step's answer must be a success; the first that is not stops the load and is reported.
 */
public final class DemoContent {
    static final String SCRIPT = "/demo/content.txt";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern LEAD_ID = Pattern.compile("\"leadId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{([^}]+)}}");
    private static final Pattern RELATIVE = Pattern.compile("(in|ago):(\\d+)d");

    /** One request of the script. */
    record Step(int line, String user, String method, String path, String saveAs, String body) {}

    /** What was loaded: the ids the steps saved, and how many requests each path's collection took. */
    public record Loaded(Map<String, String> ids, Map<String, Integer> requests) {}

    /** A step that was not answered with a success. */
    public static final class StepFailed extends RuntimeException {
        private final boolean partial;

        StepFailed(String message) {
            this(message, false);
        }

        StepFailed(String message, boolean partial) {
            super(message);
            this.partial = partial;
        }

        /** Whether earlier steps were already sent (then the load must not simply start again). */
        public boolean partial() {
            return partial;
        }
    }

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private final String tokenEndpoint;
    private final Map<String, String> tokens = new HashMap<>();

    public DemoContent(String gatewayUrl, String keycloakUrl, String realm) {
        this.gateway = gatewayUrl;
        this.tokenEndpoint = keycloakUrl + "/realms/" + realm + "/protocol/openid-connect/token";
    }

    /** The script's steps. */
    static List<Step> steps(String script) {
        List<Step> steps = new ArrayList<>();
        String[] lines = script.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] head = line.split("\\s+");
            if (head.length != 3 && !(head.length == 5 && head[3].equals("=>"))) {
                throw new IllegalArgumentException(
                        "demo script line " + (i + 1) + ": <user> <METHOD> <path> [=> name]");
            }
            StringBuilder body = new StringBuilder();
            int first = i + 1;
            while (i + 1 < lines.length && !lines[i + 1].isBlank()) {
                body.append(lines[++i].strip());
            }
            steps.add(new Step(first, head[0], head[1], head[2], head.length == 5 ? head[4] : null, body.toString()));
        }
        return steps;
    }

    static String script() {
        try (InputStream in = DemoContent.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("no " + SCRIPT + " in the launcher");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sends every step. {@code tag} goes into names, emails and external ids and {@code num} (four digits) into
     * phones, so a test run's people do not collide with earlier ones; {@code make run} uses "" and "8000".
     */
    public Loaded load(String tag, String num) {
        return load(script(), tag, num);
    }

    /** Sends every step of {@code script}. */
    public Loaded load(String script, String tag, String num) {
        Map<String, String> ids = new LinkedHashMap<>();
        Map<String, Integer> requests = new LinkedHashMap<>();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (Step step : steps(script)) {
            String path = substitute(step.path(), ids, tag, num, now, step);
            String body = substitute(step.body(), ids, tag, num, now, step);
            HttpResponse<String> answer = send(step, path, body);
            if (answer.statusCode() / 100 != 2) {
                throw new StepFailed(
                        "line " + step.line() + " (" + step.user() + " " + step.method() + " " + path + ") answered "
                                + answer.statusCode() + ": " + answer.body(),
                        !requests.isEmpty());
            }
            if (step.saveAs() != null) {
                Matcher id = ID.matcher(answer.body());
                Matcher lead = LEAD_ID.matcher(answer.body());
                if (id.find()) {
                    ids.put(step.saveAs(), id.group(1));
                } else if (lead.find()) {
                    ids.put(step.saveAs(), lead.group(1));
                } else {
                    throw new StepFailed("line " + step.line() + ": no id in the answer " + answer.body());
                }
            }
            requests.merge(collection(step.path()), 1, Integer::sum);
        }
        return new Loaded(ids, requests);
    }

    /** Whether an earlier load left its first account (so a re-run of the Helm hook changes nothing). */
    public boolean alreadyLoaded() {
        HttpResponse<String> answer = exchange(HttpRequest.newBuilder(URI.create(
                        gateway + "/api/v1/accounts?name=" + URLEncoder.encode("Acme Trading", StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token("admin"))
                .GET()
                .build());
        return answer.statusCode() == 200 && answer.body().contains("\"externalId\":\"demo-acme\"");
    }

    /** Exit status when the suite did not answer yet and nothing was sent: the Job's pod is simply tried again. */
    static final int NOT_READY = 3;

    /**
     * The Helm chart's Job ({@code demoContent.enabled}): {@code java DemoContent.java <gateway URL> <Keycloak URL>
     * <realm> <script file>} from a JDK image, the source and the script mounted from a ConfigMap. One attempt: loads
     * once (nothing when the content is there); exits {@link #NOT_READY} when the suite does not answer yet and nothing
     * was sent (Kubernetes starts the pod again after its back-off), 1 when a step was refused or the load stopped
     * half-way (the Job fails for good: its pod failure policy).
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: java DemoContent.java <gateway URL> <Keycloak URL> <realm> <script file>");
            System.exit(2);
        }
        String script = java.nio.file.Files.readString(java.nio.file.Path.of(args[3]));
        DemoContent demo = new DemoContent(args[0], args[1], args[2]);
        try {
            if (demo.alreadyLoaded()) {
                System.out.println("demo content: already loaded, nothing to do");
                return;
            }
            System.out.println(
                    "demo content loaded: " + demo.load(script, "", "8000").requests());
        } catch (StepFailed e) {
            boolean refused = e.partial() || e.getMessage().contains(" answered 4");
            System.err.println(
                    (refused ? "demo content not loaded: " : "the suite is not ready yet: ") + e.getMessage());
            System.exit(refused ? 1 : NOT_READY);
        }
    }

    private HttpResponse<String> send(Step step, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (!step.user().equals("anonymous")) {
            request.header("Authorization", "Bearer " + token(step.user()));
        }
        request.method(
                step.method(),
                body.isEmpty()
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (!body.isEmpty()) {
            request.header("Content-Type", "application/json");
        }
        return exchange(request.build());
    }

    /** A demo user's access token (password grant of the realm's public CLI client; local demo users only). */
    private String token(String user) {
        return tokens.computeIfAbsent(user, name -> {
            String form = "grant_type=password&client_id=crm-cli&scope=openid&username="
                    + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(name, StandardCharsets.UTF_8);
            HttpResponse<String> answer = exchange(HttpRequest.newBuilder(URI.create(tokenEndpoint))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build());
            Matcher token = TOKEN.matcher(answer.body());
            if (answer.statusCode() != 200 || !token.find()) {
                throw new StepFailed("no token for demo user " + name + ": " + answer.statusCode());
            }
            return token.group(1);
        });
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StepFailed(request.uri() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StepFailed("interrupted");
        }
    }

    static String substitute(String text, Map<String, String> ids, String tag, String num, Instant now, Step step) {
        Matcher variable = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (variable.find()) {
            String name = variable.group(1);
            Matcher relative = RELATIVE.matcher(name);
            String value;
            if (name.equals("tag")) {
                value = tag;
            } else if (name.equals("num")) {
                value = num;
            } else if (relative.matches()) {
                Duration days = Duration.ofDays(Long.parseLong(relative.group(2)));
                value = (relative.group(1).equals("in") ? now.plus(days) : now.minus(days)).toString();
            } else {
                value = ids.get(name);
                if (value == null) {
                    throw new IllegalArgumentException(
                            "demo script line " + step.line() + ": {{" + name + "}} was not saved by an earlier step");
                }
            }
            variable.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return variable.appendTail(out).toString();
    }

    /** {@code /api/v1/leads/{{x}}/status} → {@code leads/status}: what a summary counts. */
    static String collection(String path) {
        List<String> parts = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty() && !segment.equals("api") && !segment.equals("v1") && !segment.startsWith("{{")) {
                parts.add(segment);
            }
        }
        return String.join("/", parts);
    }
}
