package org.apirnet.forum;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.apirnet.platform.PlainText;

/** A question a moderator poses to the discussion: numbered in the order posed, the rounds of the discussion. */
@Entity
@Table(name = "discussion_question")
class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long discussionId;
    private int position;
    private String title;
    private String bodyMarkdown;
    private String bodyHtml;
    private long postedBy;
    private Instant postedAt;

    protected Question() {
    }

    Question(long discussionId, int position, String title, String bodyMarkdown, String bodyHtml, long postedBy, Instant postedAt) {
        this.discussionId = discussionId;
        this.position = position;
        this.title = PlainText.withoutBidiControls(title);
        this.bodyMarkdown = bodyMarkdown;
        this.bodyHtml = bodyHtml;
        this.postedBy = postedBy;
        this.postedAt = postedAt;
    }

    Long getId() {
        return id;
    }

    long getDiscussionId() {
        return discussionId;
    }

    int getPosition() {
        return position;
    }

    String getTitle() {
        return title;
    }

    String getBodyMarkdown() {
        return bodyMarkdown;
    }

    String getBodyHtml() {
        return bodyHtml;
    }

    long getPostedBy() {
        return postedBy;
    }

    Instant getPostedAt() {
        return postedAt;
    }
}
