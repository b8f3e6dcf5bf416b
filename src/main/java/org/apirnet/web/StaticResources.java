package org.apirnet.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The style sheet and scripts are linked by a name that carries a hash of their content
 * ({@code /css/portal-<md5>.css}, written by the resource chain's URL encoding filter wherever a template says
 * {@code @{/css/portal.css}}), so a browser may keep them for a year: a changed file has a new name. The plain name
 * still answers (with the same headers; only the benchmarks ask for it). The favicons and robots.txt keep their fixed
 * names and an hour's caching. Spring Boot's catch-all static handler is off ({@code spring.web.resources.add-mappings}).
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : new String[] {"css", "js"}) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
        // Only the files that are there: a catch-all /** handler made the link rewriting look every page link up in
        // the jar (a render of /blog cost 170 ms, nearly all of it that).
        registry.addResourceHandler("/favicon.ico", "/favicon.svg", "/robots.txt")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.maxAge(Duration.ofHours(1)));
    }
}
