package org.apirnet.library;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;
import org.apirnet.identity.MemberContacts;
import org.apirnet.taxonomy.ResourceType;
import org.apirnet.taxonomy.Taxonomy;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** The library's rules: what a valid resource is, who sees what, and how resources move between states. */
@Service
class LibraryService {

    static final int PAGE_SIZE = 20;
    static final int RELATED = 5;

    /** Browse filters, already validated; null means "any". */
    record Filters(Short themeId, String countryIso2, Short typeId, String language, Integer year) {
    }

    private final ResourceRepository resources;
    private final ResourceAttachmentRepository attachments;
    private final ResourceEventRepository events;
    private final Taxonomy taxonomy;
    private final MemberContacts contacts;
    private final ApplicationEventPublisher publisher;

    LibraryService(ResourceRepository resources, ResourceAttachmentRepository attachments, ResourceEventRepository events,
                   Taxonomy taxonomy, MemberContacts contacts, ApplicationEventPublisher publisher) {
        this.resources = resources;
        this.attachments = attachments;
        this.events = events;
        this.taxonomy = taxonomy;
        this.contacts = contacts;
        this.publisher = publisher;
    }

    /** Checks the form's choices against the reference data; returns the resource type id when the type is valid. */
    Optional<Short> check(ResourceForm form, Errors errors) {
        Optional<Short> typeId = taxonomy.resourceTypes().stream().filter(t -> t.getSlug().equals(form.type()))
                .map(ResourceType::getId).findFirst();
        if (form.type() != null && !form.type().isBlank() && typeId.isEmpty()) {
            errors.rejectValue("type", "library.type.unknown");
        }
        Set<String> knownThemes = taxonomy.themesById().keySet().stream().map(String::valueOf).collect(Collectors.toSet());
        if (form.themesOrEmpty().isEmpty()) {
            errors.rejectValue("themes", "library.themes.required");
        } else if (!knownThemes.containsAll(form.themesOrEmpty().stream().map(String::strip).toList())) {
            errors.rejectValue("themes", "validation.themes.unknown");
        }
        Set<String> knownCountries = taxonomy.countriesByIso2().keySet();
        if (!form.countriesOrEmpty().stream().allMatch(code -> knownCountries.contains(code.strip().toUpperCase(Locale.ROOT)))) {
            errors.rejectValue("countries", "validation.country.unknown");
        }
        if (form.language() != null && !form.language().isBlank() && !Languages.BY_CODE.containsKey(form.language().strip())) {
            errors.rejectValue("language", "library.language.unknown");
        }
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
        String action = switch (status) {
            case PENDING -> "SUBMITTED";
            case PUBLISHED -> "PUBLISHED";
            default -> "CREATED";
        };
        record(saved.getId(), actorId, action, null);
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
        record(id, actorId, "UPDATED", files.isEmpty() && removed.isEmpty() ? null
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
        Optional<Resource> resource = resources.findById(id).filter(r -> r.getStatus() != ContentStatus.PUBLISHED);
        resource.ifPresent(r -> {
            boolean wasSubmission = r.getStatus() == ContentStatus.PENDING;
            r.publish(editorId);
            record(id, editorId, wasSubmission ? "APPROVED" : "PUBLISHED", null);
            if (wasSubmission && r.getCreatedBy() != editorId) {
                contacts.contact(r.getCreatedBy()).ifPresent(contact -> publisher.publishEvent(
                        new LibraryMail.SubmissionApproved(contact.email(), contact.name(), r.getTitle(), "/library/" + id)));
            }
        });
        return resource.isPresent();
    }

    @Transactional
    boolean reject(long id, long editorId, String reason) {
        Optional<Resource> resource = resources.findById(id).filter(r -> r.getStatus() == ContentStatus.PENDING);
        resource.ifPresent(r -> {
            r.reject(editorId, reason.strip());
            record(id, editorId, "REJECTED", reason.strip());
            contacts.contact(r.getCreatedBy()).ifPresent(contact -> publisher.publishEvent(
                    new LibraryMail.SubmissionRejected(contact.email(), contact.name(), r.getTitle(), reason.strip())));
        });
        return resource.isPresent();
    }

    @Transactional
    boolean archive(long id, long editorId) {
        Optional<Resource> resource = resources.findById(id).filter(r -> r.getStatus() != ContentStatus.ARCHIVED);
        resource.ifPresent(r -> {
            r.archive(editorId);
            record(id, editorId, "ARCHIVED", null);
        });
        return resource.isPresent();
    }

    private void record(long resourceId, long actorId, String action, String detail) {
        events.save(new ResourceEvent(resourceId, actorId, action, detail));
    }

    /** Published resources the viewer may see, newest first; members-only ones are left out of lists and counts for others. */
    @Transactional(readOnly = true)
    Page<Resource> browse(Filters filters, int page, boolean viewerIsMember) {
        return resources.findAll(published(viewerIsMember).and(matching(filters)),
                PageRequest.of(Math.max(0, page), PAGE_SIZE, Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("id"))));
    }

    /** The newest visible resources with a theme or country, for theme and country pages. */
    @Transactional(readOnly = true)
    Page<Resource> newest(Filters filters, int count, boolean viewerIsMember) {
        return resources.findAll(published(viewerIsMember).and(matching(filters)),
                PageRequest.of(0, count, Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("id"))));
    }

    @Transactional(readOnly = true)
    Optional<Resource> find(long id) {
        return resources.findById(id).map(resource -> {
            resource.getAttachments().size(); // the page lists them; load while the session is open
            return resource;
        });
    }

    @Transactional(readOnly = true)
    List<Resource> related(long id, boolean viewerIsMember) {
        List<String> visibilities = viewerIsMember ? List.of("PUBLIC", "MEMBERS") : List.of("PUBLIC");
        List<Long> ids = resources.findRelatedIds(id, visibilities, RELATED);
        Map<Long, Resource> byId = resources.findByIdIn(ids).stream().collect(Collectors.toMap(Resource::getId, r -> r));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    @Transactional(readOnly = true)
    List<Resource> pendingSubmissions() {
        return resources.findByStatusOrderByUpdatedAtAsc(ContentStatus.PENDING);
    }

    @Transactional(readOnly = true)
    List<Resource> submissionsOf(long accountId) {
        return resources.findByCreatedByAndSubmittedTrueOrderByCreatedAtDesc(accountId);
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

    @Transactional(readOnly = true)
    List<ResourceEvent> history(long id) {
        return events.findByResourceIdOrderByOccurredAtDesc(id);
    }

    @Transactional(readOnly = true)
    Optional<ResourceAttachment> attachment(long resourceId, long attachmentId) {
        return attachments.findById(attachmentId).filter(a -> a.getResource().getId() == resourceId);
    }

    @Transactional
    void countDownload(long resourceId, long attachmentId) {
        resources.countDownload(resourceId);
        attachments.countDownload(attachmentId);
    }

    Map<Long, String> names(Collection<Long> accountIds) {
        return contacts.names(accountIds);
    }

    static Specification<Resource> published(boolean viewerIsMember) {
        return (root, query, cb) -> {
            Predicate isPublished = cb.equal(root.get("status"), ContentStatus.PUBLISHED);
            return viewerIsMember ? isPublished : cb.and(isPublished, cb.equal(root.get("visibility"), Visibility.PUBLIC));
        };
    }

    static Specification<Resource> matching(Filters filters) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filters.themeId() != null) {
                where.add(cb.isMember(filters.themeId(), root.<Collection<Short>>get("themeIds")));
            }
            if (filters.countryIso2() != null) {
                where.add(cb.isMember(filters.countryIso2(), root.<Collection<String>>get("countryIso2s")));
            }
            if (filters.typeId() != null) {
                where.add(cb.equal(root.get("resourceTypeId"), filters.typeId()));
            }
            if (filters.language() != null) {
                where.add(cb.equal(root.get("language"), filters.language()));
            }
            if (filters.year() != null) {
                where.add(cb.between(root.get("publicationDate"), LocalDate.of(filters.year(), 1, 1), LocalDate.of(filters.year(), 12, 31)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

}
