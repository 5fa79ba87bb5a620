package io.crmsuite.crm.rest.problem.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsuite.crm.rest.problem.ConflictException;
import io.crmsuite.crm.rest.problem.Problem;
import io.crmsuite.crm.rest.problem.ResourceNotFoundException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.CompositeException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.InternalServerErrorException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ServiceUnavailableException;
import java.util.concurrent.CompletionException;
import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.Test;

class ExceptionTranslatorTest {

    @Test
    void domainExceptionsKeepTheirStatus() {
        assertThat(slugOf(ResourceNotFoundException.of("Widget", 42))).isEqualTo("not-found");
        assertThat(ExceptionTranslator.translate(ResourceNotFoundException.of("Widget", 42))
                        .detail())
                .isEqualTo("Widget 42 was not found.");
    }

    @Test
    void optimisticLockFailuresAreConcurrentModificationsWhereverTheyHide() {
        StaleObjectStateException stale = new StaleObjectStateException("Widget", 1);

        assertThat(slugOf(stale)).isEqualTo("concurrent-modification");
        assertThat(slugOf(new OptimisticLockException("x"))).isEqualTo("concurrent-modification");
        assertThat(slugOf(new CompletionException(stale))).isEqualTo("concurrent-modification");
        assertThat(slugOf(new CompositeException(new IllegalStateException("rollback"), stale)))
                .isEqualTo("concurrent-modification");
        assertThat(slugOf(new RuntimeException("flush failed", new OptimisticLockException("x", stale))))
                .isEqualTo("concurrent-modification");
        assertThat(ExceptionTranslator.translate(stale).status()).isEqualTo(409);
    }

    @Test
    void uniqueViolationsAreDuplicateKeyConflictsWhereverTheyHide() {
        io.vertx.pgclient.PgException duplicate =
                new io.vertx.pgclient.PgException("duplicate key value", "ERROR", "23505", "Key (id)=(1) exists.");

        assertThat(slugOf(duplicate)).isEqualTo("duplicate-key");
        assertThat(slugOf(new CompletionException(duplicate))).isEqualTo("duplicate-key");
        assertThat(slugOf(new CompositeException(new IllegalStateException("rollback"), duplicate)))
                .isEqualTo("duplicate-key");
        assertThat(ExceptionTranslator.translate(duplicate).status()).isEqualTo(409);
        // other integrity errors (here a foreign key) are not client conflicts
        assertThat(ExceptionTranslator.translate(new io.vertx.pgclient.PgException("fk", "ERROR", "23503", null)))
                .isNull();
    }

    @Test
    void wrappedProblemsAreUnwrapped() {
        assertThat(slugOf(new CompletionException(new ConflictException("x")))).isEqualTo("conflict");
        assertThat(slugOf(new CompositeException(new ConflictException("x"), new IllegalStateException())))
                .isEqualTo("conflict");
    }

    @Test
    void securityAndHttpExceptionsKeepTheirStatus() {
        assertThat(ExceptionTranslator.translate(new UnauthorizedException()).status())
                .isEqualTo(401);
        assertThat(ExceptionTranslator.translate(new ForbiddenException()).status())
                .isEqualTo(403);
        assertThat(ExceptionTranslator.translate(new NotSupportedException()).status())
                .isEqualTo(415);
        assertThat(ExceptionTranslator.translate(new ServiceUnavailableException(5L))
                        .status())
                .isEqualTo(503);
    }

    @Test
    void anythingElseIsUnexpected() {
        assertThat(ExceptionTranslator.translate(new IllegalStateException("secret")))
                .isNull();
        assertThat(ExceptionTranslator.translate(new CompletionException(new NullPointerException())))
                .isNull();
        assertThat(ExceptionTranslator.translate(new InternalServerErrorException()))
                .isNull();
        assertThat(ExceptionTranslator.translate(null)).isNull();
    }

    @Test
    void aCyclicCauseChainDoesNotLoop() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);

        assertThat(ExceptionTranslator.translate(a)).isNull();
    }

    private static String slugOf(Throwable failure) {
        Problem problem = ExceptionTranslator.translate(failure);
        assertThat(problem).as("problem for " + failure).isNotNull();
        return problem.slug();
    }
}
