package org.apirnet.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apirnet.platform.DatabaseAvailability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page that failed because the database cannot be reached answers 503 with {@code Retry-After}, and the error page
 * says the portal is briefly unavailable rather than that something broke: nothing the reader did caused it, and
 * trying again shortly will work. With the pool's short connection timeout this takes a few seconds, not thirty.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseOutageResolver implements HandlerExceptionResolver {

    static final String RETRY_AFTER_SECONDS = "10";

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageResolver.class);

    private final DatabaseAvailability database;

    DatabaseOutageResolver(DatabaseAvailability database) {
        this.database = database;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (response.isCommitted() || !database.explains(ex)) {
            return null;
        }
        log.warn("{} {} answered 503: the database cannot be reached ({})", request.getMethod(), request.getRequestURI(), ex.toString());
        try {
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView();
    }
}
