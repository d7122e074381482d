package al.tirana.sporteli.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/**
 * The EAR the build just packaged, exactly as users deploy it, plus for in-container tests a small
 * library holding the test classes; Arquillian runs them through Sporteli's own web module.
 */
final class SporteliDeployment {

    private SporteliDeployment() {
    }

    static EnterpriseArchive asBuilt() {
        // a new deployment has no sessions: the identities sign in again
        Credentials.forgetSessions();
        String path = System.getProperty("sporteli.ear", "target/sporteli.ear");
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(path));
    }

    static EnterpriseArchive withProbe(Class<?>... testClasses) {
        Credentials.forgetSessions();
        JavaArchive probe = ShrinkWrap.create(JavaArchive.class, "probe.jar")
                .addClasses(testClasses)
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
        return asBuilt().addAsLibrary(probe);
    }
}
