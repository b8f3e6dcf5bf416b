package org.apirnet.library;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a resource's history: who did what, when, and why. */
@Entity
@Table(name = "resource_event")
class ResourceEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long resourceId;
    private Long actorId;
    private String action;
    private String detail;
    private Instant occurredAt;

    protected ResourceEvent() {
    }

    ResourceEvent(long resourceId, long actorId, String action, String detail) {
        this.resourceId = resourceId;
        this.actorId = actorId;
        this.action = action;
        this.detail = detail;
        this.occurredAt = Instant.now();
    }

    public Long getActorId() {
        return actorId;
    }

    public String getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
