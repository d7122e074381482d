package al.tirana.sporteli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import al.tirana.sporteli.platform.entity.AccessDeniedException;
import al.tirana.sporteli.platform.entity.Caller;
import al.tirana.sporteli.platform.entity.Channel;
import al.tirana.sporteli.platform.entity.Role;
import al.tirana.sporteli.requests.boundary.ServiceRequests;
import al.tirana.sporteli.requests.boundary.Submission;
import al.tirana.sporteli.requests.entity.ApplicantKind;
import al.tirana.sporteli.requests.entity.TrackingNumber;
import al.tirana.sporteli.workflow.boundary.Tasks;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Role and territory decided in the boundaries themselves, whatever screen or API calls them. */
@ExtendWith(ArquillianExtension.class)
class BoundaryMatrixIT {

    private static final Caller PORTAL = new Caller("portal", EnumSet.of(Role.SYSTEM), null, "127.0.0.1", Channel.PORTAL);

    @Deployment
    static EnterpriseArchive deployment() {
        return SporteliDeployment.withProbe(BoundaryMatrixIT.class);
    }

    @Inject
    ServiceRequests requests;

    @Inject
    Tasks tasks;

    private TrackingNumber fileIn(String locality) {
        return requests.submit(new Submission("RESIDENT_CERTIFICATE", ApplicantKind.PERSON, SampleRequests.PERSONAL_NUMBER,
                "Test Matrix", "test@example.al", null, "Rruga 1", locality, null, null, "test", Map.of(), null), PORTAL)
                .request().trackingNumber();
    }

    private static Caller as(Role role, String organisation) {
        return new Caller("matrix." + role.name().toLowerCase(java.util.Locale.ROOT), EnumSet.of(role), organisation, "10.0.0.1", Channel.DESK);
    }

    private boolean reads(TrackingNumber number, Caller caller) {
        try {
            requests.byTrackingNumber(number, caller);
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    private boolean readsQueue(String queue, Caller caller) {
        try {
            tasks.queue(queue, 0, 1, caller);
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    @Test
    void everyRoleReachesItsOwnUnitAndNoOtherThroughTheBoundaries() {
        TrackingNumber own = fileIn("Selita");
        TrackingNumber other = fileIn("Kashar");
        // role, organisation, reads own (NA05), reads other (KASH)
        Object[][] matrix = {
                {Role.DESK_OFFICER, "NA05", true, false},
                {Role.UNIT_OFFICER, "NA05", true, false},
                {Role.DEPARTMENT_HEAD, "NA05", true, false},
                {Role.DEPARTMENT_OFFICER, "TAX", false, false},
                {Role.EMERGENCY_OPERATOR, "EMERGENCY", false, false},
                {Role.MANAGER, null, true, true},
                {Role.AUDITOR, null, true, true},
                {Role.ADMIN, null, true, true},
        };
        List<String> wrong = new ArrayList<>();
        for (Object[] row : matrix) {
            Caller caller = as((Role) row[0], (String) row[1]);
            if (reads(own, caller) != (boolean) row[2] || readsQueue("NA05", caller) != (boolean) row[2]) {
                wrong.add(row[0] + " on NA05");
            }
            if (reads(other, caller) != (boolean) row[3] || readsQueue("KASH", caller) != (boolean) row[3]) {
                wrong.add(row[0] + " on KASH");
            }
        }
        assertEquals(List.of(), wrong);
    }
}
