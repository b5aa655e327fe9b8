package com.acme.hr.portal.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityConfigurerAdapter;

/** Spring Security 5.x configuration of the legacy HR self-service portal. */
@Configuration
@EnableWebSecurity
public class LegacyPortalSecurityConfig extends WebSecurityConfigurerAdapter {

    // expect: the remember-me key is a constant literal
    private static final String REMEMBER_ME_KEY = "hr-portal-remember-me-key";

    private final EmployeeUserDetailsService userDetailsService;

    public LegacyPortalSecurityConfig(EmployeeUserDetailsService userDetailsService) {
        this.userDetailsService = userDetailsService;
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeRequests()
                .antMatchers("/css/**", "/login").permitAll()
                .anyRequest().authenticated()
            .and()
            .formLogin()
                .loginPage("/login")
            .and()
            .rememberMe()
                .userDetailsService(userDetailsService)
                .tokenValiditySeconds(14 * 24 * 3600)
                .key(REMEMBER_ME_KEY)
            .and()
            .logout()
                .deleteCookies("JSESSIONID", "remember-me");
    }
}
