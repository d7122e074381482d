package al.tirana.sporteli.units.boundary;

import al.tirana.sporteli.units.entity.AdministrativeUnit;
import al.tirana.sporteli.units.entity.Department;
import al.tirana.sporteli.units.entity.UnitCode;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Reads the administrative units and central departments. Open to every caller: they are public facts. */
@Stateless
public class AdministrativeUnits {

    @PersistenceContext
    EntityManager em;

    public List<AdministrativeUnit> all() {
        return em.createNamedQuery(AdministrativeUnit.FIND_ALL, AdministrativeUnit.class).getResultList();
    }

    public Optional<AdministrativeUnit> byCode(UnitCode code) {
        return em.createNamedQuery(AdministrativeUnit.FIND_BY_CODE, AdministrativeUnit.class)
                .setParameter("code", code.value())
                .getResultStream()
                .findFirst();
    }

    public List<Department> departments() {
        return em.createNamedQuery(Department.FIND_ALL, Department.class).getResultList();
    }
}
