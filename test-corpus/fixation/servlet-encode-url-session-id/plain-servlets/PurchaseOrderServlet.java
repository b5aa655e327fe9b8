package com.acme.procurement.web;

import java.io.IOException;
import java.io.PrintWriter;

import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/purchase-orders")
public class PurchaseOrderServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PrintWriter out = response.getWriter();
        // expect: the link carries ;jsessionid= for cookie-less clients
        out.printf("<a href=\"%s\">Open drafts</a>", response.encodeURL(request.getContextPath() + "/purchase-orders/drafts"));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = request.getContextPath() + "/purchase-orders?saved";
        // expect: redirect URL rewritten with the session id
        response.sendRedirect(response.encodeRedirectURL(next));
    }

    String supplierLink(String supplierId) {
        // ok: URL encoding of a query value, not session rewriting
        return "/suppliers?id=" + java.net.URLEncoder.encode(supplierId, java.nio.charset.StandardCharsets.UTF_8);
    }
}
