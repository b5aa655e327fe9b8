package com.acme.inventory.ops;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/** Metrics scraping and the scanner device API: no browser login anywhere in this file. */
@Configuration
public class ActuatorSecurityConfig {

    private final RequestSizeLimitFilter requestSizeLimitFilter;

    public ActuatorSecurityConfig(RequestSizeLimitFilter requestSizeLimitFilter) {
        this.requestSizeLimitFilter = requestSizeLimitFilter;
    }

    @Bean
    @Order(1)
    public SecurityFilterChain actuator(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**")
            .authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/prometheus").permitAll()
                    .anyRequest().denyAll())
            // ok: no login mechanism, no session, nothing for a forged request to ride on
            .csrf(AbstractHttpConfigurer::disable);
        return http.build();
    }

    @Bean
    @Order(2)
    public SecurityFilterChain scannerDevices(HttpSecurity http) throws Exception {
        http.securityMatcher("/devices/**")
            .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
            .addFilterBefore(requestSizeLimitFilter, UsernamePasswordAuthenticationFilter.class)
            // ok: devices put their access token in the URL path; no cookies are involved
            .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
