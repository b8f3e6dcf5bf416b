package org.apirnet.news;

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
import org.apirnet.platform.AttachmentIntake;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Creating, editing, approving, rejecting and archiving news items; every decision goes into the audit trail. */
@Service
class NewsService {

    /** The audit trail's name for news items. */
    static final String AUDIT_KIND = "news_item";

    /** An image change of an edit: keep the current one, replace it, or take it away. */
    record ImageChange(NewsImages.Stored replacement, boolean remove, String alt) {

        static ImageChange keep(String alt) {
            return new ImageChange(null, false, alt);
        }
    }

    private final NewsRepository news;
    private final AuditTrail audit;
    private final ContentDecisions decisions;
    private final ContentTags tags;
    private final MemberContacts contacts;
    private final ApplicationEventPublisher publisher;

    NewsService(NewsRepository news, AuditTrail audit, ContentDecisions decisions, ContentTags tags, MemberContacts contacts,
                ApplicationEventPublisher publisher) {
        this.news = news;
        this.audit = audit;
        this.decisions = decisions;
        this.tags = tags;
        this.contacts = contacts;
        this.publisher = publisher;
    }

    /** Checks the kind, themes, countries and language against the reference data; the kind when it is a known one. */
    Optional<NewsKind> check(NewsForm form, Long keptProject, Errors errors) {
        Optional<NewsKind> kind = NewsKind.ofSlug(form.kind() == null ? "" : form.kind().strip());
        if (form.kind() != null && !form.kind().isBlank() && kind.isEmpty()) {
            errors.rejectValue("kind", "news.kind.unknown");
        }
        tags.checkThemes(form.themes(), errors, "themes");
        tags.checkCountries(form.countries(), errors, "countries");
        tags.checkLanguage(form.language(), errors, "language");
        tags.checkProject(form.project(), keptProject, errors, "project");
        return kind;
    }

    @Transactional
    long create(NewsItem.Content content, ImageChange image, List<AttachmentIntake.Accepted> files, ContentStatus status,
                long actorId) {
        NewsItem item = new NewsItem(content, status, actorId);
        if (image.replacement() != null) {
            item.showImage(image.replacement(), image.alt());
        }
        item.attach(files);
        NewsItem saved = news.save(item);
        decisions.created(AUDIT_KIND, saved.getId(), status, actorId);
        return saved.getId();
    }

    /**
     * Saves an edit; a rejected submission its author changes goes back to the editors. Returns the storage keys of
     * the files no longer used (replaced renditions, removed attachments), for the caller to delete once this has
     * committed.
     */
    @Transactional
    List<String> update(long id, NewsItem.Content content, ImageChange image, List<AttachmentIntake.Accepted> files,
                        Collection<String> removeAttachments, long actorId) {
        NewsItem item = news.findById(id).orElseThrow(() -> new IllegalStateException("news item " + id + " vanished"));
        boolean resubmitted = item.isAuthoredBy(actorId) && item.getStatus() == ContentStatus.REJECTED;
        item.revise(content, actorId);
        List<String> unused = new java.util.ArrayList<>();
        if (image.replacement() != null || image.remove()) {
            unused.addAll(item.showImage(image.replacement(), image.alt()));
        } else {
            item.describeImage(image.alt());
        }
        List<String> detached = item.detach(removeAttachments);
        unused.addAll(detached);
        item.attach(files);
        audit.record(AUDIT_KIND, id, actorId, "UPDATED", files.isEmpty() && detached.isEmpty() ? null
                : files.size() + " file(s) added, " + detached.size() + " removed");
        if (resubmitted && item.submit(actorId)) {
            audit.record(AUDIT_KIND, id, actorId, "SUBMITTED", null);
        }
        return unused;
    }

    @Transactional
    boolean publish(long id, long editorId) {
        return news.findById(id).map(item -> decisions.publish(AUDIT_KIND, item, editorId).changed()).orElse(false);
    }

    /** Rejects a submission and mails its author the reason, with the link to their item. */
    @Transactional
    boolean reject(long id, long editorId, String reason) {
        Optional<NewsItem> item = news.findById(id).filter(n -> decisions.reject(AUDIT_KIND, n, editorId, reason));
        item.ifPresent(n -> contacts.contact(n.getCreatedBy()).ifPresent(contact -> publisher.publishEvent(
                new NewsMail.SubmissionRejected(contact.email(), contact.name(), n.getTitle(), n.getRejectionReason(),
                        NewsViews.path(id, n.getSlug())))));
        return item.isPresent();
    }

    @Transactional
    boolean archive(long id, long editorId) {
        return news.findById(id).filter(item -> decisions.archive(AUDIT_KIND, item, editorId)).isPresent();
    }

    /** The item with its attachments (its page and its form list them). */
    @Transactional(readOnly = true)
    Optional<NewsItem> find(long id) {
        return news.findById(id).map(item -> {
            item.getAttachments(); // loaded while the session is open
            return item;
        });
    }

    @Transactional(readOnly = true)
    List<NewsItem> pending(int limit) {
        return news.findByStatusOrderByUpdatedAtAsc(ContentStatus.PENDING, PageRequest.of(0, limit));
    }

    @Transactional(readOnly = true)
    long countPending() {
        return news.countByStatus(ContentStatus.PENDING);
    }

    /** The newest items this account wrote, for their account page. */
    @Transactional(readOnly = true)
    List<NewsRepository.Authored> authoredBy(long accountId, int limit) {
        return news.findAuthoredBy(accountId, PageRequest.of(0, limit));
    }

    @Transactional(readOnly = true)
    boolean hasAnyNews() {
        return news.existsByIdNotNull();
    }

    List<AuditEntry> history(long id) {
        return audit.history(AUDIT_KIND, id);
    }

    Map<Long, String> names(Collection<Long> accountIds) {
        return contacts.names(accountIds);
    }
}
