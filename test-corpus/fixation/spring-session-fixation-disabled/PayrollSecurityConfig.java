package com.acme.payroll.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.SessionManagementConfigurer.SessionFixationConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
public class PayrollSecurityConfig {

    @Bean
    @Order(1)
    public SecurityFilterChain adminChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/admin/**")
            .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("PAYROLL_ADMIN"))
            .formLogin(form -> form.loginPage("/admin/login").permitAll())
            .sessionManagement(session -> session
                // expect: lambda DSL turns fixation protection off
                .sessionFixation(fixation -> fixation.none())
                .maximumSessions(1));
        return http.build();
    }

    @Bean
    @Order(2)
    public SecurityFilterChain employeePortalChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/portal/**")
            .formLogin(form -> form.loginPage("/portal/login"))
            .sessionManagement(session -> session.sessionFixation(
                // expect: method reference to SessionFixationConfigurer::none
                SessionFixationConfigurer::none));
        return http.build();
    }

    @Bean
    @Order(3)
    public SecurityFilterChain timesheetChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/timesheets/**")
            .sessionManagement(session -> session.sessionFixation(fixation -> {
                // expect: block-bodied lambda
                fixation.none();
            }));
        return http.build();
    }

    @Bean
    @Order(4)
    public SecurityFilterChain reportsChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/reports/**")
            // expect: chained DSL inside the sessionManagement lambda
            .sessionManagement(session -> session.sessionFixation().none());
        return http.build();
    }

    @Bean
    @Order(5)
    public SecurityFilterChain hrChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/hr/**")
            .sessionManagement(session -> session
                // ok: migrateSession issues a new id and copies the attributes
                .sessionFixation(fixation -> fixation.migrateSession()));
        return http.build();
    }

    @Bean
    @Order(6)
    public SecurityFilterChain benefitsChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/benefits/**")
            .sessionManagement(session -> session
                // ok: newSession starts a clean session
                .sessionFixation(SessionFixationConfigurer::newSession));
        return http.build();
    }

    @Bean
    @Order(7)
    public SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
            .sessionManagement(session -> session
                .sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                // ok: changeSessionId is the Servlet 3.1 default
                .sessionFixation(fixation -> fixation.changeSessionId()));
        return http.build();
    }
}
