package com.acme.inventory.config;

import java.time.Duration;

import javax.servlet.ServletContext;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

import org.springframework.boot.web.embedded.tomcat.TomcatContextCustomizer;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.boot.web.servlet.server.ConfigurableServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.data.redis.config.annotation.web.http.EnableRedisHttpSession;

@Configuration
// expect: Spring Session keeps idle sessions for a day
@EnableRedisHttpSession(maxInactiveIntervalInSeconds = 86400)
public class WarehouseSessionConfig {

    private static final int SHIFT_SECONDS = 8 * 60 * 60;

    @Bean
    WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> sessionTimeout() {
        // expect: eight idle hours
        return factory -> factory.getSession().setTimeout(Duration.ofHours(8));
    }

    @Bean
    TomcatContextCustomizer tomcatSessions() {
        // expect: Tomcat minutes: 0 means sessions never time out
        return context -> context.setSessionTimeout(0);
    }

    @Bean
    ServletContextInitializer servletSessions() {
        // ok: twenty minutes (Servlet 4 setSessionTimeout counts minutes)
        return servletContext -> servletContext.setSessionTimeout(20);
    }

    @Bean
    WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> reportingTimeout(ReportingProperties props) {
        // ok: from configuration
        return factory -> factory.getSession().setTimeout(props.getIdleTimeout());
    }
}

class ShiftLoginSupport {

    private static final int SHIFT_SECONDS = 8 * 60 * 60;

    void afterLogin(HttpServletRequest request) {
        HttpSession session = request.getSession();
        // expect: the whole shift through a constant
        session.setMaxInactiveInterval(SHIFT_SECONDS);
    }

    void kioskLogin(HttpServletRequest request) {
        // expect: never times out
        request.getSession().setMaxInactiveInterval(-1);
    }

    void clerkLogin(HttpServletRequest request) {
        // ok: fifteen minutes
        request.getSession().setMaxInactiveInterval(15 * 60);
    }

    void adminLogin(HttpServletRequest request) {
        // ok: five minutes for administrators
        request.getSession().setMaxInactiveInterval(300);
    }
}

class ShiroSessionSetup {

    private static final long HALF_HOUR_MS = 30 * 60 * 1000L;

    org.apache.shiro.web.session.mgt.DefaultWebSessionManager sessionManager() {
        org.apache.shiro.web.session.mgt.DefaultWebSessionManager manager = new org.apache.shiro.web.session.mgt.DefaultWebSessionManager();
        // expect: Shiro milliseconds: twelve hours
        manager.setGlobalSessionTimeout(12 * 60 * 60 * 1000L);
        return manager;
    }

    org.apache.shiro.web.session.mgt.DefaultWebSessionManager reportsSessionManager() {
        org.apache.shiro.web.session.mgt.DefaultWebSessionManager manager = new org.apache.shiro.web.session.mgt.DefaultWebSessionManager();
        // ok: thirty minutes in milliseconds
        manager.setGlobalSessionTimeout(HALF_HOUR_MS);
        return manager;
    }

    void keepForever() {
        // expect: a negative Shiro timeout never expires
        org.apache.shiro.SecurityUtils.getSubject().getSession().setTimeout(-1000L);
    }
}
