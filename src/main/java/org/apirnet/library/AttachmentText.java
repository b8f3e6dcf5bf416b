package org.apirnet.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A read-only view of an attachment's extracted text (up to millions of characters), kept apart from
 * {@link ResourceAttachment} so that pages never load it; only the search document reads it.
 */
@Entity
@Immutable
@Table(name = "resource_attachment")
class AttachmentText {

    @Id
    private Long id;

    @Column(name = "extracted_text")
    private String text;

    protected AttachmentText() {
    }

    String getText() {
        return text;
    }
}
