package io.crmsuite.crm.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.crmsuite.crm.testkit.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A narrow stand-in for the upstream services, for the gateway's own protection logic (forwarding, timeouts, retries,
 * circuit breaker) that a real service cannot be made to misbehave for on demand. The real services are tested
 * through the gateway by the e2e suite. Tokens come from the real Keycloak.
 *
 * <p>Paths: {@code /api/v1/leads/**} echoes the request as JSON; {@code /api/v1/slow} holds its answer until the test
 * releases it; {@code /api/v1/flaky} drops the connection on its first call per {@link #FLAKY_KEY}.
 */
public class StandInUpstreams implements QuarkusTestResourceLifecycleManager {
    public static final AtomicInteger FLAKY_CALLS = new AtomicInteger();
    public static final CountDownLatch RELEASE_SLOW = new CountDownLatch(1);
    static final String FLAKY_KEY = "X-Flaky-Fail-First";
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        Map<String, String> env = TestInfrastructure.environmentWithKeycloak();
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/api/v1/leads", StandInUpstreams::echo);
        server.createContext("/api/v1/web-forms", StandInUpstreams::echo);
        server.createContext("/api/v1/slow", exchange -> {
            try {
                RELEASE_SLOW.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.createContext("/api/v1/flaky", exchange -> {
            int call = FLAKY_CALLS.incrementAndGet();
            if (call % 2 == 1) {
                exchange.getRequestBody().readAllBytes(); // odd calls: drop the connection without an answer
                exchange.close();
                throw new IOException("dropped on purpose");
            }
            echo(exchange);
        });
        server.start();
        String standIn = "http://127.0.0.1:" + server.getAddress().getPort();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.oidc.auth-server-url", env.get("CRM_OIDC_ISSUER"));
        config.put("crm.gateway.upstreams.lead-service.url", standIn);
        config.put("crm.gateway.upstreams.contact-service.url", standIn);
        config.put("crm.gateway.upstreams.stand-in.url", standIn);
        config.put("crm.gateway.upstreams.nowhere.url", "http://127.0.0.1:" + closedPort());
        config.put("crm.gateway.upstreams.nowhere.breaker-failures", "3");
        config.put("crm.gateway.upstreams.nowhere.breaker-open-for", "30s");
        config.put("crm.gateway.routes.slow.prefix", "/api/v1/slow");
        config.put("crm.gateway.routes.slow.upstream", "stand-in");
        config.put("crm.gateway.routes.slow.timeout", "300ms");
        config.put("crm.gateway.routes.flaky.prefix", "/api/v1/flaky");
        config.put("crm.gateway.routes.flaky.upstream", "stand-in");
        config.put("crm.gateway.routes.nowhere.prefix", "/api/v1/nowhere");
        config.put("crm.gateway.routes.nowhere.upstream", "nowhere");
        config.put("crm.gateway.routes.nowhere.retries", "0");
        config.put("crm.gateway.rate-limits.public-ip.requests", "5");
        config.put("crm.gateway.rate-limits.public-ip.period", "1h");
        return config;
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort(); // closed again at once: connections are refused
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void echo(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        JsonObject headers = new JsonObject();
        exchange.getRequestHeaders()
                .forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
        byte[] answer = new JsonObject()
                .put("method", exchange.getRequestMethod())
                .put("uri", exchange.getRequestURI().toString())
                .put("bodyLength", body.length)
                .put("body", new String(body, StandardCharsets.UTF_8))
                .put("headers", headers)
                .encode()
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders()
                .add(
                        "Location",
                        "http://127.0.0.1:" + exchange.getLocalAddress().getPort() + "/api/v1/leads/42");
        exchange.getResponseHeaders().add("Connection", "keep-alive");
        exchange.sendResponseHeaders(200, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    @Override
    public void stop() {
        RELEASE_SLOW.countDown();
        if (server != null) {
            server.stop(0);
        }
    }
}
