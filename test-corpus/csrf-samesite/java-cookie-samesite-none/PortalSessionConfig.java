package com.acme.hr.portal.config;

import org.apache.tomcat.util.http.Rfc6265CookieProcessor;
import org.springframework.boot.web.embedded.tomcat.TomcatContextCustomizer;
import org.springframework.boot.web.servlet.server.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

@Configuration
public class PortalSessionConfig {

    private static final String CROSS_SITE = "None";

    @Bean
    public CookieSerializer cookieSerializer() {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName("HRSESSION");
        serializer.setUseSecureCookie(true);
        // expect: Spring Session cookie sent on cross-site requests (value through a constant)
        serializer.setSameSite(CROSS_SITE);
        return serializer;
    }

    @Bean
    public CookieSameSiteSupplier trainingWidgetCookies() {
        // expect: Spring Boot supplier forcing SameSite=None
        return CookieSameSiteSupplier.ofNone().whenHasName("TRAINING_WIDGET");
    }

    @Bean
    public CookieSameSiteSupplier paymentWidgetCookies() {
        // expect: the enum form
        return CookieSameSiteSupplier.of(org.springframework.boot.web.server.Cookie.SameSite.NONE).whenHasNameMatching("PAY_.*");
    }

    @Bean
    public CookieSameSiteSupplier defaultCookies() {
        // ok: Lax
        return CookieSameSiteSupplier.ofLax();
    }

    @Bean
    public TomcatContextCustomizer sameSiteCustomizer() {
        return context -> {
            Rfc6265CookieProcessor processor = new Rfc6265CookieProcessor();
            // ok: Strict for every container cookie
            processor.setSameSiteCookies("Strict");
            context.setCookieProcessor(processor);
        };
    }

    @Bean
    public CookieSerializer legacySerializer() {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        // ok: null omits the attribute, the browser applies its Lax default
        serializer.setSameSite(null);
        return serializer;
    }
}
