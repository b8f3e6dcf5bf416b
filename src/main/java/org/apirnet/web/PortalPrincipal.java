package org.apirnet.web;

/** A signed-in principal that has a name to greet them with (the layout falls back to the login name). */
public interface DisplayNamed {

    String getDisplayName();
}
