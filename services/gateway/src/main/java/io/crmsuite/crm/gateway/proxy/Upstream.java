package io.crmsuite.crm.gateway.proxy;

import io.crmsuite.crm.gateway.config.GatewayConfig;
import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerOptions;
import io.vertx.circuitbreaker.CircuitBreakerState;
import io.vertx.circuitbreaker.OpenCircuitException;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * One upstream service: a pooled HTTP client and a circuit breaker (Vert.x). A call has a total time limit; connection
 * failures of idempotent methods are retried; connection failures, timeouts and 502/503/504 answers count against the
 * circuit, which, once open, fails calls at once for {@code breaker-open-for} before letting a trial call through.
 */
public final class Upstream {
    private static final Set<HttpMethod> IDEMPOTENT =
            Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.PUT, HttpMethod.DELETE);

    private final String name;
    private final Vertx vertx;
    private final HttpClientOptions clientOptions;
    /**
     * One pooled client per event-loop thread: a connection is then always used on the loop that serves the
     * incoming request, so neither the request nor its answer crosses threads (on 2 cores this was a measurable share
     * of the gateway's CPU). Calls from other threads share one more client.
     */
    private final Map<Thread, HttpClient> clients = new ConcurrentHashMap<>();

    private final CircuitBreaker breaker;
    private final String host;
    private final int port;
    private final boolean ssl;
    private final String basePath;
    private final Duration openFor;
    private final String origin;

    public Upstream(String name, GatewayConfig.Upstream config, Vertx vertx) {
        this.name = name;
        this.vertx = vertx;
        URI url = URI.create(config.url());
        this.ssl = "https".equalsIgnoreCase(url.getScheme());
        this.host = url.getHost();
        this.port = url.getPort() > 0 ? url.getPort() : (ssl ? 443 : 80);
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        this.basePath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        this.openFor = config.breakerOpenFor();
        this.origin = (ssl ? "https" : "http") + "://" + host + ":" + port;
        this.clientOptions = new HttpClientOptions()
                .setMaxPoolSize(config.maxConnections())
                .setKeepAlive(true)
                .setConnectTimeout(2_000)
                .setSsl(ssl);
        this.breaker = CircuitBreaker.create(
                "upstream-" + name,
                vertx,
                new CircuitBreakerOptions()
                        .setMaxFailures(config.breakerFailures())
                        .setTimeout(-1) // the call enforces the route's own timeout
                        .setResetTimeout(config.breakerOpenFor().toMillis())
                        .setFallbackOnFailure(false));
    }

    public String name() {
        return name;
    }

    /** {@code scheme://host:port} of the upstream, as it writes its own absolute links. */
    public String origin() {
        return origin;
    }

    public Duration openFor() {
        return openFor;
    }

    public boolean circuitOpen() {
        return breaker.state() == CircuitBreakerState.OPEN;
    }

    /**
     * Sends the request and collects the whole answer. Fails with an {@link UpstreamFailure}: TimedOut, CircuitOpen,
     * Unreachable, or OutageReply (carrying the upstream's own 502/503/504 answer). {@code headers} writes the
     * request's headers; it runs once per attempt.
     */
    public Future<UpstreamReply> call(
            HttpMethod method, String uri, Consumer<MultiMap> headers, Buffer body, Duration timeout, int retries) {
        return call(method, uri, headers, body, timeout, retries, false);
    }

    /** Like the other, for a request that carries an {@code Idempotency-Key} when {@code idempotencyKey}. */
    public Future<UpstreamReply> call(
            HttpMethod method,
            String uri,
            Consumer<MultiMap> headers,
            Buffer body,
            Duration timeout,
            int retries,
            boolean idempotencyKey) {
        return attempt(method, uri, headers, body, timeout, retriesFor(method, idempotencyKey, retries));
    }

    /**
     * How often a request that could not reach the upstream is sent again: idempotent methods up to the route's
     * retries, and a write with an {@code Idempotency-Key} once (the service answers a repeat with the first answer, so
     * a request that did arrive after all is not done twice); other writes never.
     */
    static int retriesFor(HttpMethod method, boolean idempotencyKey, int retries) {
        if (IDEMPOTENT.contains(method)) {
            return retries;
        }
        return idempotencyKey ? Math.min(1, retries) : 0;
    }

    private Future<UpstreamReply> attempt(
            HttpMethod method, String uri, Consumer<MultiMap> headers, Buffer body, Duration timeout, int retriesLeft) {
        Future<UpstreamReply> call = breaker.<UpstreamReply>execute(
                        promise -> send(method, uri, headers, body, timeout).onComplete(result -> {
                            if (result.failed()) {
                                promise.fail(result.cause());
                            } else if (result.result().signalsOutage()) {
                                promise.fail(new UpstreamFailure.OutageReply(result.result()));
                            } else {
                                promise.complete(result.result());
                            }
                        }))
                .recover(failure -> Future.failedFuture(
                        failure instanceof OpenCircuitException ? new UpstreamFailure.CircuitOpen(name) : failure));
        return call.recover(failure -> failure instanceof UpstreamFailure.Unreachable && retriesLeft > 0
                ? attempt(method, uri, headers, body, timeout, retriesLeft - 1)
                : Future.failedFuture(failure));
    }

    private Future<UpstreamReply> send(
            HttpMethod method, String uri, Consumer<MultiMap> headers, Buffer body, Duration timeout) {
        Promise<UpstreamReply> answer = Promise.promise();
        long millis = Math.max(1, timeout.toMillis());
        RequestOptions options = new RequestOptions()
                .setMethod(method)
                .setHost(host)
                .setPort(port)
                .setSsl(ssl)
                .setURI(basePath + uri);
        Promise<HttpClientRequest> sent = Promise.promise();
        long timer = vertx.setTimer(millis, id -> {
            if (answer.tryFail(new UpstreamFailure.TimedOut(name, millis))) {
                sent.future().onSuccess(request -> request.reset());
            }
        });
        client().request(options)
                .onSuccess(sent::tryComplete)
                .compose(request -> {
                    // straight into the request's own headers: RequestOptions' headers would be copied once more
                    headers.accept(request.headers());
                    return body == null ? request.send() : request.send(body);
                })
                .compose(response -> response.body()
                        .map(content -> new UpstreamReply(response.statusCode(), response.headers(), content)))
                .onComplete(result -> {
                    vertx.cancelTimer(timer);
                    if (result.succeeded()) {
                        answer.tryComplete(result.result());
                    } else {
                        answer.tryFail(classify(result.cause()));
                    }
                });
        return answer.future();
    }

    /** Anything but an answer or our own timeout is a transport failure: refused, reset or closed connection. */
    private RuntimeException classify(Throwable failure) {
        return failure instanceof UpstreamFailure known ? known : new UpstreamFailure.Unreachable(name, failure);
    }

    private HttpClient client() {
        return clients.computeIfAbsent(Thread.currentThread(), thread -> vertx.createHttpClient(clientOptions));
    }

    public void close() {
        clients.values().forEach(HttpClient::close);
        breaker.close();
    }
}
