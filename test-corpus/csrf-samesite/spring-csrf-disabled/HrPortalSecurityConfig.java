package com.acme.hr.portal.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

@Configuration
public class HrPortalSecurityConfig {

    @Bean
    public SecurityFilterChain selfService(HttpSecurity http) throws Exception {
        http.securityMatcher("/self-service/**")
            .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/login").permitAll())
            .rememberMe(Customizer.withDefaults())
            // expect: method-reference form on a form-login chain
            .csrf(AbstractHttpConfigurer::disable);
        return http.build();
    }

    @Bean
    public SecurityFilterChain managers(HttpSecurity http) throws Exception {
        http.securityMatcher("/managers/**")
            .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("MANAGER"))
            .oauth2Login(Customizer.withDefaults())
            // expect: lambda form with a block body
            .csrf(csrf -> {
                csrf.disable();
            });
        return http.build();
    }

    @Bean
    public SecurityFilterChain payrollUi(HttpSecurity http) throws Exception {
        http.securityMatcher("/payroll/**")
            .formLogin(Customizer.withDefaults())
            // ok: the protection stays on, with the token readable by the SPA
            .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse()));
        return http.build();
    }

    @Bean
    public SecurityFilterChain webhooks(HttpSecurity http) throws Exception {
        http.securityMatcher("/hooks/**", "/benefits/**")
            .formLogin(Customizer.withDefaults())
            // ok: only the webhook path is exempted, it is authenticated by an HMAC header
            .csrf(csrf -> csrf.ignoringRequestMatchers("/hooks/**"));
        return http.build();
    }

    @Bean
    public SecurityFilterChain benefits(HttpSecurity http) throws Exception {
        http.securityMatcher("/benefits-admin/**")
            .httpBasic(Customizer.withDefaults())
            // expect: every path exempted is the same as disabling
            .csrf(csrf -> csrf.ignoringRequestMatchers("/**"));
        return http.build();
    }
}
