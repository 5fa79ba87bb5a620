package io.crmsuite.crm.gateway.http;

import io.crmsuite.crm.gateway.config.GatewayConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.util.Optional;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import org.jboss.logging.Logger;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.handlers.ConsoleHandler;

/**
 * Sends the access log ({@link AccessLog#CATEGORY}) through a {@link BatchedLineHandler} to standard output, formatted
 * like every other console line (JSON in prod), instead of through the console's per-record async handler. Off with
 * {@code crm.gateway.access-log.batched=false}; without a console handler to take the format from, the access log
 * keeps the ordinary handlers.
 */
@ApplicationScoped
public class AccessLogOutput {
    private static final Logger LOG = Logger.getLogger(AccessLogOutput.class);

    private final GatewayConfig.AccessLog config;
    private BatchedLineHandler handler;

    public AccessLogOutput(GatewayConfig config) {
        this.config = config.accessLog();
    }

    void start(@Observes StartupEvent started) {
        if (!config.batched()) {
            return;
        }
        org.jboss.logmanager.Logger root = LogContext.getLogContext().getLogger("");
        Optional<Formatter> format = consoleFormatter(root.getHandlers());
        if (format.isEmpty()) {
            LOG.info("no console handler found: the access log keeps the ordinary log handlers");
            return;
        }
        handler = new BatchedLineHandler(
                format.get(),
                new FileOutputStream(FileDescriptor.out),
                config.flushInterval(),
                config.queueLimit(),
                "access-log-writer");
        org.jboss.logmanager.Logger access = LogContext.getLogContext().getLogger(AccessLog.CATEGORY);
        access.addHandler(handler);
        access.setUseParentHandlers(false);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (handler != null) {
            org.jboss.logmanager.Logger access = LogContext.getLogContext().getLogger(AccessLog.CATEGORY);
            access.setUseParentHandlers(true);
            access.removeHandler(handler);
            handler.close();
        }
    }

    /** The formatter of the console handler, looking through wrapping handlers (async, delayed). */
    static Optional<Formatter> consoleFormatter(Handler[] handlers) {
        for (Handler candidate : handlers) {
            if (candidate instanceof ConsoleHandler console && console.getFormatter() != null) {
                return Optional.of(console.getFormatter());
            }
            if (candidate instanceof ExtHandler wrapper) {
                Optional<Formatter> nested = consoleFormatter(wrapper.getHandlers());
                if (nested.isPresent()) {
                    return nested;
                }
            }
        }
        return Optional.empty();
    }
}
