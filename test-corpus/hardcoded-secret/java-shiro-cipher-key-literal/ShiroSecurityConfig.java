package com.acme.hr.intranet.config;

import java.security.SecureRandom;

import org.apache.shiro.codec.Base64;
import org.apache.shiro.mgt.SecurityManager;
import org.apache.shiro.web.mgt.CookieRememberMeManager;
import org.apache.shiro.web.mgt.DefaultWebSecurityManager;
import org.apache.shiro.web.servlet.SimpleCookie;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class ShiroSecurityConfig {

    // expect: the AES key of the remember-me cookie is a constant (an old Shiro default)
    private static final String REMEMBER_ME_KEY = "kPH+bIxk5D2deZiIxcaaaA==";

    @Value("${intranet.shiro.cipher-key}")
    private String configuredKey;

    @Bean
    public CookieRememberMeManager rememberMeManager() {
        SimpleCookie cookie = new SimpleCookie("rememberMe");
        cookie.setHttpOnly(true);
        cookie.setMaxAge(7 * 24 * 3600);
        CookieRememberMeManager manager = new CookieRememberMeManager();
        manager.setCookie(cookie);
        manager.setCipherKey(Base64.decode(REMEMBER_ME_KEY));
        return manager;
    }

    @Bean
    public CookieRememberMeManager kioskRememberMeManager() {
        CookieRememberMeManager manager = new CookieRememberMeManager();
        // ok: key from configuration, no default
        manager.setCipherKey(Base64.decode(configuredKey));
        return manager;
    }

    @Bean
    public CookieRememberMeManager contractorRememberMeManager() {
        byte[] key = new byte[16];
        new SecureRandom().nextBytes(key);
        CookieRememberMeManager manager = new CookieRememberMeManager();
        // ok: random key per start
        manager.setCipherKey(key);
        return manager;
    }

    @Bean
    public CookieRememberMeManager partnerRememberMeManager() {
        CookieRememberMeManager manager = new CookieRememberMeManager();
        // expect: the raw bytes of a 16-character literal
        manager.setEncryptionCipherKey("partner-key-2024".getBytes());
        return manager;
    }

    @Bean
    public SecurityManager securityManager(CookieRememberMeManager rememberMeManager) {
        DefaultWebSecurityManager manager = new DefaultWebSecurityManager();
        manager.setRememberMeManager(rememberMeManager);
        return manager;
    }
}
