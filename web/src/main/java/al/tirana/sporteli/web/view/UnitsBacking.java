package al.tirana.sporteli.web.view;

import al.tirana.sporteli.routing.control.Destinations;
import al.tirana.sporteli.units.boundary.AdministrativeUnits;
import al.tirana.sporteli.units.entity.AdministrativeUnit;
import al.tirana.sporteli.units.entity.UnitKind;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs units.xhtml: the administrative units and the queue each one works from. */
@Named
@RequestScoped
public class UnitsBacking {

    @Inject
    AdministrativeUnits units;

    private List<AdministrativeUnit> all;

    @PostConstruct
    void load() {
        all = units.all();
    }

    public List<AdministrativeUnit> getUnits() {
        return all;
    }

    public long getUrbanCount() {
        return all.stream().filter(u -> u.kind() == UnitKind.URBAN).count();
    }

    public String queueOf(AdministrativeUnit unit) {
        return Destinations.unitQueueName(unit.code());
    }
}
