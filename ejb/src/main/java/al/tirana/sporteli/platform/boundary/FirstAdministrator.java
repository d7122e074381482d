package al.tirana.sporteli.platform.boundary;

import al.tirana.sporteli.platform.boundary.StaffAccounts.AccountTerms;
import al.tirana.sporteli.platform.entity.Caller;
import al.tirana.sporteli.platform.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Logger;

/**
 * A fresh installation has no accounts, and only an administrator can create them: when there are none,
 * the account {@code admin} is created with the password in the SPORTELI_ADMIN_PASSWORD environment
 * variable. Once any account exists, the variable is ignored.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class FirstAdministrator {

    static final String PASSWORD_VARIABLE = "SPORTELI_ADMIN_PASSWORD";
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    StaffAccounts accounts;

    @PostConstruct
    void createWhenNoneExists() {
        String password = System.getenv(PASSWORD_VARIABLE);
        if (password == null || password.isBlank() || accounts.count() > 0) {
            return;
        }
        accounts.createIfAbsent(new AccountTerms("admin", "Administrator", null, Set.of(Role.ADMIN), password, true),
                Caller.system("first-administrator"));
        LOG.info("Created the first administrator, admin, from " + PASSWORD_VARIABLE);
    }
}
