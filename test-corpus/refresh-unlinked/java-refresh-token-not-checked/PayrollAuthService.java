package com.acme.payroll.auth;

import org.springframework.stereotype.Service;

@Service
public class PayrollAuthService {

    private final PayrollJwtService jwtService;
    private final EmployeeRepository employees;

    public PayrollAuthService(PayrollJwtService jwtService, EmployeeRepository employees) {
        this.jwtService = jwtService;
        this.employees = employees;
    }

    public TokenPair renewTokens(String presentedRefreshToken) {
        String employeeNumber = jwtService.extractUsername(presentedRefreshToken);
        Employee employee = employees.getByEmployeeNumber(employeeNumber);
        // expect: a service method named renewTokens: the presented token is only parsed
        return new TokenPair(jwtService.generateToken(employee), presentedRefreshToken);
    }

    public String refreshPayrollCache(String adminToken) {
        String admin = jwtService.extractUsername(adminToken);
        // ok: not a refresh-token method (refreshes a cache, returns a job ticket)
        return jwtService.createJobToken(admin);
    }
}
