package org.apirnet.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * The URL-level access rules of one module's own routes, declared as a bean by that module; the shell applies every
 * module's rules and knows none of their URLs. They are a first fence only: each handler still checks its object.
 */
@FunctionalInterface
public interface RouteRules {

    void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes);
}
