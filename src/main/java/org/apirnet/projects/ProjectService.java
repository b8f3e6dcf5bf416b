package org.apirnet.projects;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apirnet.content.AuditEntry;
import org.apirnet.content.AuditTrail;
import org.apirnet.content.ContentDecisions;
import org.apirnet.content.ContentStatus;
import org.apirnet.content.ContentTags;
import org.apirnet.identity.MemberContacts;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Creating, editing, publishing and archiving projects; every decision goes into the audit trail. */
@Service
class ProjectService {

    /** The audit trail's name for projects. */
    static final String AUDIT_KIND = "project";
    /** Projects of the region's programmes start from here; earlier dates are typing mistakes. */
    private static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);

    private final ProjectRepository projects;
    private final AuditTrail audit;
    private final ContentDecisions decisions;
    private final ContentTags tags;
    private final MemberContacts contacts;

    ProjectService(ProjectRepository projects, AuditTrail audit, ContentDecisions decisions, ContentTags tags,
                   MemberContacts contacts) {
        this.projects = projects;
        this.audit = audit;
        this.decisions = decisions;
        this.tags = tags;
        this.contacts = contacts;
    }

    /**
     * Checks the stage, dates, themes and countries; the stage when the form may be saved (no field message left).
     * An end before the start, or a date that is no date (31 February), gets a message on its field.
     */
    Optional<ProjectStage> check(ProjectForm form, Errors errors) {
        Optional<ProjectStage> stage = ProjectStage.ofSlug(form.stage() == null ? "" : form.stage().strip());
        if (form.stage() != null && !form.stage().isBlank() && stage.isEmpty()) {
            errors.rejectValue("stage", "projects.stage.unknown");
        }
        LocalDate start = checkDate(form.start(), errors, "start");
        LocalDate end = checkDate(form.end(), errors, "end");
        if (start != null && end != null && end.isBefore(start)) {
            errors.rejectValue("end", "projects.end.beforeStart");
        }
        tags.checkThemes(form.themes(), errors, "themes");
        tags.checkCountries(form.countries(), errors, "countries");
        return errors.hasErrors() ? Optional.empty() : stage;
    }

    private static LocalDate checkDate(String value, Errors errors, String field) {
        if (errors.hasFieldErrors(field) || value == null || value.isBlank()) {
            return null;
        }
        LocalDate date = ProjectForm.date(value);
        if (date == null || date.isBefore(EARLIEST) || date.getYear() > 2100) {
            errors.rejectValue(field, "projects.date.invalid");
            return null;
        }
        return date;
    }

    @Transactional
    long create(Project.Content content, ContentStatus status, long actorId) {
        Project saved = projects.save(new Project(content, status, actorId));
        decisions.created(AUDIT_KIND, saved.getId(), status, actorId);
        return saved.getId();
    }

    /**
     * Saves an edit made from the form of {@code version}; false (nothing saved) when someone saved the project after
     * that form was opened, so the later save never silently undoes the earlier one.
     */
    @Transactional
    boolean update(long id, long version, Project.Content content, long actorId) {
        Project project = projects.findById(id).orElseThrow(() -> new IllegalStateException("project " + id + " vanished"));
        if (project.getVersion() != version) {
            return false;
        }
        project.revise(content, actorId);
        audit.record(AUDIT_KIND, id, actorId, "UPDATED", null);
        return true;
    }

    @Transactional
    boolean publish(long id, long editorId) {
        return projects.findById(id).map(project -> decisions.publish(AUDIT_KIND, project, editorId).changed()).orElse(false);
    }

    @Transactional
    boolean archive(long id, long editorId) {
        return projects.findById(id).filter(project -> decisions.archive(AUDIT_KIND, project, editorId)).isPresent();
    }

    @Transactional(readOnly = true)
    Optional<Project> find(long id) {
        return projects.findById(id);
    }

    @Transactional(readOnly = true)
    boolean hasAnyProject() {
        return projects.existsByIdNotNull();
    }

    List<AuditEntry> history(long id) {
        return audit.history(AUDIT_KIND, id);
    }

    Map<Long, String> names(Collection<Long> accountIds) {
        return contacts.names(accountIds);
    }
}
