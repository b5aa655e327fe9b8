package com.acme.inventory.config;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityConfigurerAdapter;

public class LegacyStockSecurityConfig extends WebSecurityConfigurerAdapter {

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http
            .authorizeRequests().anyRequest().authenticated()
            .and()
            .formLogin()
            .and()
            .logout()
                .logoutUrl("/logout")
                // expect: classic chained DSL
                .invalidateHttpSession(false);
    }
}
