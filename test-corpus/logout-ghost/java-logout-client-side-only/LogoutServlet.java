package com.acme.hr.web;

import java.io.IOException;

import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Cookie sessionCookie = new Cookie("JSESSIONID", "");
        sessionCookie.setPath(request.getContextPath());
        // expect: the browser forgets the id, the container session stays alive
        sessionCookie.setMaxAge(0);
        response.addCookie(sessionCookie);
        response.sendRedirect(request.getContextPath() + "/login.jsp");
    }
}

@WebServlet("/signout")
class EmployeeSignOutServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        Cookie remember = new Cookie("hr_remember", "");
        // ok: the session was invalidated before the cookie is expired
        remember.setMaxAge(0);
        response.addCookie(remember);
        response.sendRedirect(request.getContextPath() + "/login.jsp");
    }
}

@WebServlet("/kiosk/signout")
class KioskSignOutServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Cookie badge = new Cookie("kiosk_badge", "");
        // ok: the principal is removed from the server-side session right after
        badge.setMaxAge(0);
        response.addCookie(badge);
        request.getSession().removeAttribute("hr.currentEmployee");
        response.sendRedirect(request.getContextPath() + "/kiosk");
    }
}

class TimesheetExportServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Cookie filter = new Cookie("timesheet_filter", "");
        // ok: not a logout servlet
        filter.setMaxAge(0);
        response.addCookie(filter);
    }
}
