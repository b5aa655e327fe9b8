package com.acme.inventory.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityConfigurerAdapter;

/** Spring Security 5 configuration of the warehouse back office (JSP pages, form login). */
@Configuration
@EnableWebSecurity
public class LegacyInventoryWebSecurity extends WebSecurityConfigurerAdapter {

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http
            // expect: the chained DSL
            .csrf().disable()
            .authorizeRequests()
                .antMatchers("/static/**").permitAll()
                .anyRequest().authenticated()
            .and()
            .formLogin().loginPage("/login").permitAll();
    }

    void ignoreStaticOnly(HttpSecurity http) throws Exception {
        // ok: a partial exemption for static resources
        http.csrf().ignoringAntMatchers("/static/**");
    }
}
