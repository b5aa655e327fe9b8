package com.acme.hr.web;

import java.io.IOException;

import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

import com.acme.hr.directory.Employee;
import com.acme.hr.directory.EmployeeDirectory;

@WebServlet("/login")
public class EmployeeLoginServlet extends HttpServlet {

    private static final String SESSION_EMPLOYEE = "hr.currentEmployee";

    private final EmployeeDirectory directory = EmployeeDirectory.instance();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.getRequestDispatcher("/WEB-INF/jsp/login.jsp").forward(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String badge = request.getParameter("badge");
        String password = request.getParameter("password");
        Employee employee = directory.verify(badge, password);

        HttpSession session = request.getSession();
        if (employee == null) {
            int attempts = (Integer) session.getAttribute("loginAttempts");
            // ok: failed-attempt counter, not an identity key
            session.setAttribute("loginAttempts", attempts + 1);
            // ok: request attribute for the error page, not the session
            request.setAttribute("loginError", "Unknown badge or wrong password");
            request.getRequestDispatcher("/WEB-INF/jsp/login.jsp").forward(request, response);
            return;
        }

        // expect: the employee is stored in the session that existed before login
        session.setAttribute(SESSION_EMPLOYEE, employee);
        // expect: role written to the same, un-renewed session
        session.setAttribute("employeeRoles", employee.getRoles());
        response.sendRedirect(request.getContextPath() + "/timesheets");
    }
}
