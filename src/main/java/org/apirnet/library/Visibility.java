package org.apirnet.library;

/** Who may see a published resource: everyone, or signed-in members only (page, files, lists and counts alike). */
public enum Visibility {
    PUBLIC, MEMBERS
}
