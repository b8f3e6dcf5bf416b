package org.apirnet.events;

import java.time.Instant;
import java.time.ZoneId;
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

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Creating, editing, cancelling, approving and archiving events; every decision goes into the audit trail. */
@Service
class EventService {

    /** The audit trail's name for events. */
    static final String AUDIT_KIND = Event.KIND;

    private final EventRepository events;
    private final AuditTrail audit;
    private final ContentDecisions decisions;
    private final ContentTags tags;
    private final MemberContacts contacts;
    private final ApplicationEventPublisher publisher;

    EventService(EventRepository events, AuditTrail audit, ContentDecisions decisions, ContentTags tags,
                 MemberContacts contacts, ApplicationEventPublisher publisher) {
        this.events = events;
        this.audit = audit;
        this.decisions = decisions;
        this.tags = tags;
        this.contacts = contacts;
        this.publisher = publisher;
    }

    /**
     * Checks what the annotations cannot: the type, themes, countries and language against the reference data, the
     * zone against the IANA list, the dates as real dates in that zone, end not before start, and a registration
     * deadline not after the start. Returns the type when it is a known one.
     */
    Optional<EventType> check(EventForm form, Long keptProject, Errors errors) {
        Optional<EventType> type = EventType.ofSlug(form.type() == null ? "" : form.type().strip());
        if (form.type() != null && !form.type().isBlank() && type.isEmpty()) {
            errors.rejectValue("type", "events.type.unknown");
        }
        tags.checkThemes(form.themes(), errors, "themes");
        tags.checkCountries(form.countries(), errors, "countries");
        tags.checkLanguage(form.language(), errors, "language");
        tags.checkProject(form.project(), keptProject, errors, "project");
        ZoneId zone = form.zone();
        if (zone == null && !errors.hasFieldErrors("timeZone")) {
            errors.rejectValue("timeZone", "events.zone.unknown");
        }
        Instant start = dateTime(form.startsAt(), zone, "startsAt", errors);
        Instant end = dateTime(form.endsAt(), zone, "endsAt", errors);
        Instant deadline = dateTime(form.registrationDeadline(), zone, "registrationDeadline", errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.rejectValue("endsAt", "events.end.beforeStart");
        }
        if (start != null && deadline != null && deadline.isAfter(start)) {
            errors.rejectValue("registrationDeadline", "events.deadline.afterStart");
        }
        if (start != null && (start.isBefore(Instant.parse("1990-01-01T00:00:00Z")) || start.isAfter(Instant.now().plusSeconds(10L * 366 * 86_400)))) {
            errors.rejectValue("startsAt", "events.datetime.range");
        }
        return type;
    }

    private static Instant dateTime(String value, ZoneId zone, String field, Errors errors) {
        if (value == null || value.isBlank() || errors.hasFieldErrors(field)) {
            return null;
        }
        Instant instant = EventForm.instant(value, zone);
        if (instant == null && zone != null) {
            errors.rejectValue(field, "events.datetime.format");
        }
        return instant;
    }

    @Transactional
    long create(Event.Content content, ContentStatus status, long actorId) {
        Event saved = events.save(new Event(content, status, actorId));
        decisions.created(AUDIT_KIND, saved.getId(), status, actorId);
        return saved.getId();
    }

    @Transactional
    boolean update(long id, Event.Content content, long actorId) {
        Optional<Event> event = events.findById(id);
        event.ifPresent(e -> {
            e.revise(content, actorId);
            audit.record(AUDIT_KIND, id, actorId, "UPDATED", null);
        });
        return event.isPresent();
    }

    @Transactional
    boolean publish(long id, long editorId) {
        return events.findById(id).map(event -> decisions.publish(AUDIT_KIND, event, editorId).changed()).orElse(false);
    }

    @Transactional
    boolean reject(long id, long editorId, String reason) {
        Optional<Event> event = events.findById(id).filter(e -> decisions.reject(AUDIT_KIND, e, editorId, reason));
        event.ifPresent(e -> contacts.contact(e.getCreatedBy()).ifPresent(contact -> publisher.publishEvent(
                new EventsMail.SubmissionRejected(contact.email(), contact.name(), e.getTitle(), e.getRejectionReason()))));
        return event.isPresent();
    }

    @Transactional
    boolean cancel(long id, long editorId) {
        Optional<Event> event = events.findById(id).filter(e -> e.cancel(editorId));
        event.ifPresent(e -> audit.record(AUDIT_KIND, id, editorId, "CANCELLED", null));
        return event.isPresent();
    }

    @Transactional
    boolean archive(long id, long editorId) {
        return events.findById(id).filter(event -> decisions.archive(AUDIT_KIND, event, editorId)).isPresent();
    }

    @Transactional(readOnly = true)
    Optional<Event> find(long id) {
        return events.findById(id);
    }

    @Transactional(readOnly = true)
    List<Event> pending(int limit) {
        return events.findByStatusOrderByUpdatedAtAsc(ContentStatus.PENDING, PageRequest.of(0, limit));
    }

    @Transactional(readOnly = true)
    long countPending() {
        return events.countByStatus(ContentStatus.PENDING);
    }

    @Transactional(readOnly = true)
    boolean hasAnyEvent() {
        return events.existsByIdNotNull();
    }

    @Transactional(readOnly = true)
    Optional<Instant> lastChange() {
        return events.lastChange();
    }

    List<AuditEntry> history(long id) {
        return audit.history(AUDIT_KIND, id);
    }

    Map<Long, String> names(Collection<Long> accountIds) {
        return contacts.names(accountIds);
    }
}
