package org.apirnet.web;

/** Implemented by feature modules that show something on the home page; asked afresh on every visit. */
public interface HomeSectionProvider {

    PageSection homeSection();
}
