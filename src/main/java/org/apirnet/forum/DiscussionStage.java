package org.apirnet.forum;

/** The steps of a discussion's life, in order; the page always says which one it is at. */
public enum DiscussionStage {
    /** Being prepared by editors; nobody else sees it. */
    DRAFT,
    /** Listed as upcoming; opens by itself at its opening time. */
    SCHEDULED,
    /** Taking replies until its closing time. */
    OPEN,
    /** No more replies; the moderators write the synopsis. */
    CLOSED,
    /** The synopsis is out: the discussion is lasting knowledge. */
    PUBLISHED
}
