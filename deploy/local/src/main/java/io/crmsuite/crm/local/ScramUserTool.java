package io.crmsuite.crm.local;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;

/**
 * {@code ScramUserTool <bootstrap servers> <mechanism>}, user and password in the environment: makes sure the broker
 * has the SCRAM user, through the Admin API. It adds the user when missing, and also when {@code CRM_SCRAM_UPDATE} is
 * true (the password may have changed), then waits until the broker knows it. Runs in its own JVM with the broker's
 * jars (the launcher itself does not carry the Kafka client).
 */
final class ScramUserTool {
    static final String USER_VARIABLE = "CRM_SCRAM_USER";
    static final String PASSWORD_VARIABLE = "CRM_SCRAM_PASSWORD";
    static final String UPDATE_VARIABLE = "CRM_SCRAM_UPDATE";
    private static final int ITERATIONS = 8192;

    private ScramUserTool() {}

    public static void main(String[] args) throws Exception {
        String user = System.getenv(USER_VARIABLE);
        String password = System.getenv(PASSWORD_VARIABLE);
        ScramMechanism mechanism = ScramMechanism.fromMechanismName(args[1]);
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0],
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        try (Admin admin = Admin.create(config)) {
            boolean update = Boolean.parseBoolean(System.getenv(UPDATE_VARIABLE));
            if (!update && known(admin, user, mechanism)) {
                System.out.println("SCRAM user " + user + " (" + mechanism.mechanismName() + ") is in place already");
                return;
            }
            admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(
                            user, new ScramCredentialInfo(mechanism, ITERATIONS), password)))
                    .all()
                    .get(60, TimeUnit.SECONDS);
            // the controller has committed it; wait until the broker that authenticates clients describes it too
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!known(admin, user, mechanism)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the broker does not know the SCRAM user " + user + " after 30 s");
                }
                Thread.sleep(100);
            }
        }
        System.out.println("SCRAM user " + user + " (" + mechanism.mechanismName() + ") is in place: added");
    }

    private static boolean known(Admin admin, String user, ScramMechanism mechanism) throws Exception {
        try {
            return admin
                    .describeUserScramCredentials(List.of(user))
                    .all()
                    .get(10, TimeUnit.SECONDS)
                    .get(user)
                    .credentialInfos()
                    .stream()
                    .anyMatch(info -> info.mechanism() == mechanism);
        } catch (java.util.concurrent.ExecutionException e) {
            return false; // ResourceNotFoundException until the broker has it
        }
    }
}
