package org.apirnet.web;

/**
 * The slot through which a module tells the header how much waits for the signed-in person's decision (the review
 * inbox), so editors and admins see it on every page without opening the inbox.
 */
public interface WaitingWork {

    /** Items waiting for the signed-in person; asked only for people with a role that decides something. */
    long countForViewer();

    /** Where they are listed. */
    String path();
}
