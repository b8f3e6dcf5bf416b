package org.apirnet.web;

/**
 * What every module may know about the signed-in person, whoever authenticated them: the account id to check
 * ownership with and a name to greet them with.
 */
public interface PortalPrincipal {

    long getAccountId();

    String getDisplayName();
}
