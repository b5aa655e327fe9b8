package com.acme.timesheets.web;

import java.io.IOException;

import javax.servlet.ServletContext;
import javax.servlet.ServletContextEvent;
import javax.servlet.ServletContextListener;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class TimesheetSessionServlet extends HttpServlet implements ServletContextListener {

    private final KioskSessions sessions = KioskSessions.instance();
    private final boolean secureCookies = Boolean.parseBoolean(System.getenv("TIMESHEETS_SECURE_COOKIES"));

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        // expect: the container session cookie is sent over HTTP too
        context.getSessionCookieConfig().setSecure(false);
        context.getSessionCookieConfig().setHttpOnly(true);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String kioskToken = sessions.open(request.getParameter("badge"));
        Cookie kiosk = new Cookie("KIOSK_TOKEN", kioskToken);
        kiosk.setHttpOnly(true);
        // expect: the kiosk token cookie explicitly loses Secure
        kiosk.setSecure(false);
        kiosk.setPath("/timesheets");
        response.addCookie(kiosk);

        Cookie badge = new Cookie("LAST_BADGE", request.getParameter("badge"));
        // ok: decided at run time by the deployment
        badge.setSecure(secureCookies);
        response.addCookie(badge);

        Cookie shift = new Cookie("SHIFT", request.getParameter("shift"));
        // ok: follows the scheme of the request (TLS in production)
        shift.setSecure(request.isSecure());
        response.addCookie(shift);
        response.sendRedirect("/timesheets");
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) {
        Cookie kiosk = new Cookie("KIOSK_TOKEN", "");
        kiosk.setMaxAge(0);
        // ok: a deletion cookie, nothing left to protect
        kiosk.setSecure(false);
        response.addCookie(kiosk);
    }

    void configure(MailSession mail) {
        // ok: not a cookie
        mail.setSecure(false);
    }
}
