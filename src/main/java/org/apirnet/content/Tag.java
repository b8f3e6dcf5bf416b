package org.apirnet.content;

/** A theme, country or other label as pages show it: its name and the slug its filtered list links with. */
public record Tag(String name, String slug) {
}
