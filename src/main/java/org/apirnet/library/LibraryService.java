package org.apirnet.library;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apirnet.platform.AttachmentIntake;
import org.apirnet.content.AuditEntry;
import org.apirnet.content.AuditTrail;
import org.apirnet.content.ContentDecisions;
import org.apirnet.content.ContentStatus;
import org.apirnet.content.ContentTags;
import org.apirnet.identity.MemberContacts;
import org.apirnet.platform.DataChanges;
import org.apirnet.taxonomy.ResourceType;
import org.apirnet.taxonomy.Taxonomy;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;

/** The library's rules: what a valid resource is, and how resources move between states, each move in the audit trail. */
@Service
class LibraryService {

    /** The audit trail's name for resources. */
    static final String AUDIT_KIND = Resource.KIND;

    private final ResourceRepository resources;
    private final ResourceAttachmentRepository attachments;
    private final AuditTrail audit;
    private final ContentDecisions decisions;
    private final ContentTags tags;
    private final Taxonomy taxonomy;
    private final MemberContacts contacts;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate counters;

    LibraryService(ResourceRepository resources, ResourceAttachmentRepository attachments, AuditTrail audit,
                   ContentDecisions decisions, ContentTags tags, Taxonomy taxonomy, MemberContacts contacts,
                   ApplicationEventPublisher publisher, PlatformTransactionManager transactionManager) {
        this.resources = resources;
        this.attachments = attachments;
        this.audit = audit;
        this.decisions = decisions;
        this.tags = tags;
        this.taxonomy = taxonomy;
        this.contacts = contacts;
        this.publisher = publisher;
        this.counters = new TransactionTemplate(transactionManager);
        // Download counts appear on no cached page (editors see them fresh), so counting must not end every cache.
        this.counters.setName(DataChanges.UNSEEN_BY_PAGES);
    }

    /** Checks the form's choices against the reference data; returns the resource type id when the type is valid. */
    Optional<Short> check(ResourceForm form, Long keptProject, Errors errors) {
        Optional<Short> typeId = taxonomy.resourceTypes().stream().filter(t -> t.getSlug().equals(form.type()))
                .map(ResourceType::getId).findFirst();
        if (form.type() != null && !form.type().isBlank() && typeId.isEmpty()) {
            errors.rejectValue("type", "library.type.unknown");
        }
        tags.checkThemes(form.themes(), errors, "themes");
        tags.checkCountries(form.countries(), errors, "countries");
        tags.checkLanguage(form.language(), errors, "language");
        tags.checkProject(form.project(), keptProject, errors, "project");
        if (!errors.hasFieldErrors("publicationDate") && form.publicationDate() != null && !form.publicationDate().isBlank()) {
            LocalDate date = form.parsedPublicationDate();
            if (date == null || date.isBefore(LocalDate.of(1900, 1, 1)) || date.isAfter(LocalDate.now().plusYears(1))) {
                errors.rejectValue("publicationDate", "library.date.range");
            }
        }
        return typeId;
    }

    @Transactional
    long create(Resource.Content content, List<AttachmentIntake.Accepted> files, ContentStatus status, long actorId) {
        Resource resource = new Resource(content, status, actorId);
        files.forEach(file -> resource.attach(new ResourceAttachment(resource, file)));
        Resource saved = resources.save(resource);
        decisions.created(AUDIT_KIND, saved.getId(), status, actorId);
        return saved.getId();
    }

    /** Edits a resource; returns the storage keys of removed attachments, whose files go after commit. */
    @Transactional
    List<String> update(long id, Resource.Content content, List<AttachmentIntake.Accepted> files, Collection<Long> removeIds,
                        long actorId) {
        Resource resource = resources.findById(id).orElseThrow();
        resource.apply(content, actorId);
        files.forEach(file -> resource.attach(new ResourceAttachment(resource, file)));
        List<String> removed = new ArrayList<>();
        for (Long attachmentId : removeIds) {
            ResourceAttachment detached = resource.detach(attachmentId);
            if (detached != null) {
                removed.add(detached.getStorageKey());
            }
        }
        resources.save(resource); // flushes new attachments so their ids are known
        audit.record(AUDIT_KIND, id, actorId, "UPDATED", files.isEmpty() && removed.isEmpty() ? null
                : files.size() + " file(s) added, " + removed.size() + " removed");
        return removed;
    }

    @Transactional(readOnly = true)
    List<Long> attachmentIdsOf(long resourceId, Collection<String> storageKeys) {
        return resources.findById(resourceId).map(resource -> resource.getAttachments().stream()
                .filter(a -> storageKeys.contains(a.getStorageKey())).map(ResourceAttachment::getId).toList()).orElse(List.of());
    }

    @Transactional
    boolean publish(long id, long editorId) {
        Optional<Resource> resource = resources.findById(id);
        ContentDecisions.Outcome outcome = resource.map(r -> decisions.publish(AUDIT_KIND, r, editorId))
                .orElse(ContentDecisions.Outcome.UNCHANGED);
        if (outcome == ContentDecisions.Outcome.APPROVED && resource.get().getCreatedBy() != editorId) {
            Resource r = resource.get();
            contacts.contact(r.getCreatedBy()).ifPresent(contact -> publisher.publishEvent(
                    new LibraryMail.SubmissionApproved(contact.email(), contact.name(), r.getTitle(), "/library/" + id)));
        }
        return outcome.changed();
    }

    @Transactional
    boolean reject(long id, long editorId, String reason) {
        Optional<Resource> resource = resources.findById(id).filter(r -> decisions.reject(AUDIT_KIND, r, editorId, reason));
        resource.ifPresent(r -> contacts.contact(r.getCreatedBy()).ifPresent(contact -> publisher.publishEvent(
                new LibraryMail.SubmissionRejected(contact.email(), contact.name(), r.getTitle(), r.getRejectionReason()))));
        return resource.isPresent();
    }

    @Transactional
    boolean archive(long id, long editorId) {
        return resources.findById(id).filter(r -> decisions.archive(AUDIT_KIND, r, editorId)).isPresent();
    }

    @Transactional(readOnly = true)
    Optional<Resource> find(long id) {
        return resources.findById(id).map(resource -> {
            resource.getAttachments().size(); // the page lists them; load while the session is open
            return resource;
        });
    }

    @Transactional(readOnly = true)
    List<Resource> pendingSubmissions(int limit) {
        List<Resource> pending = resources.findByStatusOrderByUpdatedAtAsc(ContentStatus.PENDING, PageRequest.of(0, limit));
        pending.forEach(resource -> resource.getAttachments().size()); // the queue shows the files: loaded in batches, here
        return pending;
    }

    @Transactional(readOnly = true)
    long countPendingSubmissions() {
        return resources.countByStatus(ContentStatus.PENDING);
    }

    @Transactional(readOnly = true)
    List<Resource> submissionsOf(long accountId) {
        return resources.findByCreatedByAndSubmittedTrueOrderByCreatedAtDesc(accountId, PageRequest.of(0, 100));
    }

    @Transactional(readOnly = true)
    List<Resource> recentForEditors(ContentStatus status) {
        PageRequest first = PageRequest.of(0, 100);
        return status == null ? resources.findAllByOrderByUpdatedAtDesc(first) : resources.findByStatusOrderByUpdatedAtDesc(status, first);
    }

    @Transactional(readOnly = true)
    boolean hasAnyResource() {
        return resources.existsByIdNotNull();
    }

    List<AuditEntry> history(long id) {
        return audit.history(AUDIT_KIND, id);
    }

    @Transactional(readOnly = true)
    Optional<ResourceAttachment> attachment(long resourceId, long attachmentId) {
        return attachments.findById(attachmentId).filter(a -> a.getResource().getId() == resourceId);
    }

    void countDownload(long resourceId, long attachmentId) {
        counters.executeWithoutResult(status -> {
            resources.countDownload(resourceId);
            attachments.countDownload(attachmentId);
        });
    }

    Map<Long, String> names(Collection<Long> accountIds) {
        return contacts.names(accountIds);
    }
}
