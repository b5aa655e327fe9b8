package com.acme.payroll.kiosk;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;

public class PayrollKioskCookies {

    private static final String COOKIE_NAME = "payroll_kiosk_auth";
    private static final String LANGUAGE_COOKIE = "payroll_lang";

    private final KioskProperties properties;

    public PayrollKioskCookies(KioskProperties properties) {
        this.properties = properties;
    }

    public void signIn(HttpServletResponse response, String kioskSessionId, String sessionToken) {
        // expect: the constant's value names an auth cookie
        Cookie kiosk = new Cookie(COOKIE_NAME, kioskSessionId);
        kiosk.setSecure(true);
        response.addCookie(kiosk);

        // expect: the cookie name comes from configuration, the value is a session token
        Cookie session = new Cookie(properties.getCookieName(), sessionToken);
        session.setSecure(true);
        response.addCookie(session);

        // ok: the constant's value is a UI preference
        Cookie language = new Cookie(LANGUAGE_COOKIE, properties.getDefaultLanguage());
        language.setSecure(true);
        response.addCookie(language);
    }
}
