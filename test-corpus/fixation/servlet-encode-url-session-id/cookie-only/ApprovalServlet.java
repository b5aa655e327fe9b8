package com.acme.approvals.web;

import java.io.IOException;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class ApprovalServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // ok: the project tracks sessions with cookies only (CookieOnlySessions.java)
        response.sendRedirect(response.encodeRedirectURL(request.getContextPath() + "/approvals"));
    }
}
