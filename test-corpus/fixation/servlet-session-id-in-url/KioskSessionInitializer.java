package com.acme.kiosk.config;

import java.util.Collections;
import java.util.EnumSet;

import javax.servlet.ServletContext;
import javax.servlet.ServletContextEvent;
import javax.servlet.ServletContextListener;
import javax.servlet.SessionTrackingMode;
import javax.servlet.annotation.WebListener;

import org.springframework.boot.web.embedded.tomcat.TomcatContextCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class KioskSessionInitializer {

    @Bean
    ServletContextInitializer kioskSessions() {
        return servletContext -> {
            // expect: the shop-floor browsers block cookies, so ids travel in URLs
            servletContext.setSessionTrackingModes(EnumSet.of(SessionTrackingMode.URL));
        };
    }

    @Bean
    ServletContextInitializer cookieSessions() {
        // ok: cookies only
        return servletContext -> servletContext.setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE));
    }

    @Bean
    TomcatContextCustomizer cookielessKiosk() {
        return context -> {
            context.setSessionTimeout(20);
            // expect: Tomcat falls back to URL rewriting for every session
            context.setCookies(false);
        };
    }

    @Bean
    TomcatContextCustomizer cookieFlags() {
        return context -> {
            // ok: cookies stay on
            context.setCookies(true);
            context.setUseHttpOnly(true);
        };
    }
}

@WebListener
class LegacyTerminalListener implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext servletContext = event.getServletContext();
        // expect: cookie and URL tracking together
        servletContext.setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE, SessionTrackingMode.URL));
    }

    void ssl(ServletContext servletContext) {
        // ok: SSL session tracking, not URLs
        servletContext.setSessionTrackingModes(Collections.singleton(SessionTrackingMode.SSL));
    }
}
