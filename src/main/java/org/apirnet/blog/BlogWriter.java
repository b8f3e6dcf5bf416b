package org.apirnet.blog;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member an admin allowed to write posts (editors and moderators may without being listed). */
@Entity
@Table(name = "blog_writer")
class BlogWriter {

    @Id
    private Long accountId;
    private long grantedBy;
    private Instant grantedAt;

    protected BlogWriter() {
    }

    BlogWriter(long accountId, long grantedBy) {
        this.accountId = accountId;
        this.grantedBy = grantedBy;
        this.grantedAt = Instant.now();
    }

    Long getAccountId() {
        return accountId;
    }

    Instant getGrantedAt() {
        return grantedAt;
    }
}
