package org.apirnet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * AP-IRNet: one server-rendered portal, one top-level package per module (see DESIGN.md).
 * {@code platform} (settings, database bootstrap, search analysis) and {@code web} (layout, security)
 * are shared infrastructure that every feature module may use.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "AP-IRNet", sharedModules = {"platform", "web"})
public class PortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }
}
