package al.tirana.sporteli.web.view.admin;

import static al.tirana.sporteli.web.view.Texts.format;
import static al.tirana.sporteli.web.view.Texts.message;
import static al.tirana.sporteli.web.view.Texts.text;

import al.tirana.sporteli.platform.boundary.StaffAccounts;
import al.tirana.sporteli.platform.boundary.StaffAccounts.AccountTerms;
import al.tirana.sporteli.platform.entity.AccessDeniedException;
import al.tirana.sporteli.platform.entity.ConflictException;
import al.tirana.sporteli.platform.entity.InvalidInputException;
import al.tirana.sporteli.platform.entity.NotFoundException;
import al.tirana.sporteli.platform.entity.Role;
import al.tirana.sporteli.platform.entity.StaffAccount;
import al.tirana.sporteli.units.boundary.AdministrativeUnits;
import al.tirana.sporteli.units.entity.AdministrativeUnit;
import al.tirana.sporteli.units.entity.Department;
import al.tirana.sporteli.web.api.CallerResolver;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Backs admin/accounts.xhtml: the staff accounts with their unit or department, roles and lockout, and
 * one form that creates an account or, once a row is chosen, changes it.
 */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Queues that are neither a unit nor a department, yet have their own staff. */
    static final List<String> CENTRAL_QUEUES = List.of("TRIAGE", "EMERGENCY");
    /** Roles a person can hold: SYSTEM is for timers and consumers only. */
    static final List<Role> ASSIGNABLE = Arrays.stream(Role.values()).filter(r -> r != Role.SYSTEM).toList();

    @Inject
    StaffAccounts accounts;

    @Inject
    AdministrativeUnits units;

    @Inject
    CallerResolver callers;

    @Inject
    Clock clock;

    /** The user name of the account being changed, or null while the form creates a new one. */
    private String editing;
    private String username;
    private String fullName;
    private String organisation;
    private List<String> roles = new ArrayList<>();
    private String password;
    private boolean active = true;
    private String denied;
    /** Read again after a postback rather than kept in the session with the view. */
    private transient List<StaffAccount> list;
    private transient List<SelectItem> organisations;
    private transient Map<String, String> organisationNames;

    public void load() {
        try {
            list = accounts.list(callers.caller());
        } catch (AccessDeniedException e) {
            list = List.of();
            denied = text("accounts.denied");
        }
    }

    /** Fills the form with the chosen account; its password stays unless a new one is typed. */
    public void edit(String chosen) {
        getAccounts().stream().filter(a -> a.username().equals(chosen)).findFirst().ifPresentOrElse(a -> {
            editing = a.username();
            username = a.username();
            fullName = a.fullName();
            organisation = a.organisation();
            roles = a.roles().stream().sorted().map(Role::name).collect(Collectors.toCollection(ArrayList::new));
            active = a.active();
            password = null;
        }, () -> message(FacesMessage.SEVERITY_WARN, text("accounts.notFound"), null));
    }

    public void save() {
        String name = editing == null ? username : editing;
        AccountTerms terms = new AccountTerms(name, fullName, blankToNull(organisation), chosenRoles(),
                blankToNull(password), editing == null ? null : active);
        try {
            if (editing == null) {
                StaffAccount created = accounts.create(terms, callers.caller());
                message(FacesMessage.SEVERITY_INFO, format("accounts.created", created.username()), null);
            } else {
                accounts.update(editing, terms, callers.caller());
                message(FacesMessage.SEVERITY_INFO, format("accounts.updated", editing), null);
            }
            clear();
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> message(FacesMessage.SEVERITY_ERROR, text(key), clientId(field)));
        } catch (ConflictException e) {
            message(FacesMessage.SEVERITY_ERROR, text("accounts.exists"), "account:username");
        } catch (NotFoundException e) {
            message(FacesMessage.SEVERITY_WARN, text("accounts.notFound"), null);
            clear();
        } catch (AccessDeniedException e) {
            denied = text("accounts.denied");
        }
        password = null;
        list = null;
    }

    public void unlock(String chosen) {
        try {
            accounts.unlock(chosen, callers.caller());
            message(FacesMessage.SEVERITY_INFO, format("accounts.unlocked", chosen), null);
        } catch (NotFoundException e) {
            message(FacesMessage.SEVERITY_WARN, text("accounts.notFound"), null);
        } catch (AccessDeniedException e) {
            denied = text("accounts.denied");
        }
        list = null;
    }

    /** Empties the form, so that it creates a new account. */
    private void clear() {
        editing = null;
        username = null;
        fullName = null;
        organisation = null;
        roles = new ArrayList<>();
        password = null;
        active = true;
    }

    public boolean locked(StaffAccount account) {
        return account.lockedAt(clock.instant());
    }

    /** The account's roles in the screen's language, in the enum's order. */
    public String rolesOf(StaffAccount account) {
        ResourceBundle msg = bundle();
        return account.roles().stream().sorted().map(r -> msg.getString("role." + r.name())).collect(Collectors.joining(", "));
    }

    /** The unit, department or central queue with its code, or a dash for central staff. */
    public String organisationName(String code) {
        if (code == null) {
            return "—";
        }
        if (organisationNames == null) {
            organisationNames = new LinkedHashMap<>();
            for (SelectItem group : getOrganisations()) {
                for (SelectItem item : ((SelectItemGroup) group).getSelectItems()) {
                    organisationNames.put((String) item.getValue(), item.getLabel());
                }
            }
        }
        return organisationNames.getOrDefault(code, code);
    }

    /** The choices of the organisation select: the units, the departments and the central queues. */
    public List<SelectItem> getOrganisations() {
        if (organisations == null) {
            organisations = readOrganisations();
        }
        return organisations;
    }

    private List<SelectItem> readOrganisations() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        List<SelectItem> unitItems = new ArrayList<>();
        for (AdministrativeUnit unit : units.all()) {
            unitItems.add(new SelectItem(unit.code().value(), unit.code().value() + " · " + unit.name(locale)));
        }
        List<SelectItem> departmentItems = new ArrayList<>();
        for (Department department : units.departments()) {
            departmentItems.add(new SelectItem(department.code(), department.code() + " · " + department.name(locale)));
        }
        List<SelectItem> centralItems = new ArrayList<>();
        for (String queue : CENTRAL_QUEUES) {
            centralItems.add(new SelectItem(queue, queue + " · " + text("organisation." + queue)));
        }
        return List.of(group("accounts.group.units", unitItems), group("accounts.group.departments", departmentItems),
                group("accounts.group.central", centralItems));
    }

    private static SelectItemGroup group(String key, List<SelectItem> items) {
        SelectItemGroup group = new SelectItemGroup(text(key));
        group.setSelectItems(items.toArray(SelectItem[]::new));
        return group;
    }

    private Set<Role> chosenRoles() {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        if (roles != null) {
            roles.forEach(r -> chosen.add(Role.valueOf(r)));
        }
        return chosen;
    }

    private static String clientId(String field) {
        return switch (field) {
            case "username", "fullName", "organisation", "roles", "password" -> "account:" + field;
            default -> null;
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }



    private static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg");
    }


    public List<StaffAccount> getAccounts() {
        if (list == null) {
            load();
        }
        return list;
    }

    public List<Role> getAssignableRoles() {
        return ASSIGNABLE;
    }

    public String getDenied() {
        return denied;
    }

    public String getEditing() {
        return editing;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
