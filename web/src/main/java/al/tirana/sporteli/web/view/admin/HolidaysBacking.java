package al.tirana.sporteli.web.view.admin;

import static al.tirana.sporteli.web.view.Texts.format;
import static al.tirana.sporteli.web.view.Texts.message;
import static al.tirana.sporteli.web.view.Texts.text;

import al.tirana.sporteli.deadlines.boundary.Holidays;
import al.tirana.sporteli.deadlines.entity.Holiday;
import al.tirana.sporteli.deadlines.entity.HolidayKind;
import al.tirana.sporteli.platform.entity.AccessDeniedException;
import al.tirana.sporteli.platform.entity.ConflictException;
import al.tirana.sporteli.platform.entity.InvalidInputException;
import al.tirana.sporteli.platform.entity.NotFoundException;
import al.tirana.sporteli.platform.entity.Role;
import al.tirana.sporteli.web.api.CallerResolver;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Backs admin/holidays.xhtml: one year's holidays, and adding or removing one. Every change
 * recalculates the deadlines of the open requests, and the page says how many.
 */
@Named
@ViewScoped
public class HolidaysBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final ZoneId TIRANA = ZoneId.of("Europe/Tirane");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /** The years offered on either side of the current one. */
    static final int YEARS_AROUND = 5;

    @Inject
    Holidays holidays;

    @Inject
    CallerResolver callers;

    @Inject
    Clock clock;

    private Integer year;
    private LocalDate day;
    private String nameSq;
    private String nameEn;
    private HolidayKind kind;
    private String denied;
    /** Read again after a postback rather than kept in the session with the view. */
    private transient List<Holiday> inYear;

    public void load() {
        // the calendar is public, so reading it is never refused; only administrators are offered its editing
        if (!callers.caller().has(Role.ADMIN)) {
            denied = text("holidays.denied");
        }
        inYear = holidays.inYear(getYear());
    }

    /** Shows the year chosen in the select. */
    public void show() {
        inYear = null;
    }

    public void add() {
        try {
            int recalculated = holidays.add(day, nameSq, nameEn, kind, callers.caller());
            message(FacesMessage.SEVERITY_INFO, format("holidays.added", DAY.format(day), recalculated), null);
            year = day.getYear();
            day = null;
            nameSq = null;
            nameEn = null;
            kind = null;
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> message(FacesMessage.SEVERITY_ERROR, text(key), clientId(field)));
        } catch (ConflictException e) {
            message(FacesMessage.SEVERITY_ERROR, text("holidays.exists"), "holiday:day");
        } catch (AccessDeniedException e) {
            denied = text("holidays.denied");
        }
        inYear = null;
    }

    /** @param chosen the holiday's date as YYYY-MM-DD */
    public void remove(String chosen) {
        LocalDate date = LocalDate.parse(chosen);
        try {
            int recalculated = holidays.remove(date, callers.caller());
            message(FacesMessage.SEVERITY_INFO, format("holidays.removed", DAY.format(date), recalculated), null);
        } catch (NotFoundException e) {
            message(FacesMessage.SEVERITY_WARN, text("holidays.notFound"), null);
        } catch (AccessDeniedException e) {
            denied = text("holidays.denied");
        }
        inYear = null;
    }

    /** The years of the select: a few on either side of the current one, and the one shown. */
    public List<Integer> getYears() {
        int current = currentYear();
        TreeSet<Integer> years = new TreeSet<>();
        IntStream.rangeClosed(current - YEARS_AROUND, current + YEARS_AROUND).forEach(years::add);
        years.add(getYear());
        return List.copyOf(years);
    }

    public List<HolidayKind> getKinds() {
        return List.of(HolidayKind.values());
    }

    private int currentYear() {
        return LocalDate.now(clock.withZone(TIRANA)).getYear();
    }

    private static String clientId(String field) {
        return switch (field) {
            case "day", "nameSq", "nameEn", "kind" -> "holiday:" + field;
            default -> null;
        };
    }




    public List<Holiday> getHolidays() {
        if (inYear == null) {
            load();
        }
        return inYear;
    }

    public String getDenied() {
        return denied;
    }

    public Integer getYear() {
        if (year == null) {
            year = currentYear();
        }
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getNameSq() {
        return nameSq;
    }

    public void setNameSq(String nameSq) {
        this.nameSq = nameSq;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public HolidayKind getKind() {
        return kind;
    }

    public void setKind(HolidayKind kind) {
        this.kind = kind;
    }
}
