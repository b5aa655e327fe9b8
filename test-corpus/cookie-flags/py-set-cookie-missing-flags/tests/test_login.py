def test_login_cookie(client, token):
    # ok: test code
    client.set_cookie("payroll_at", token)
    # ok: test code, a response object built by hand
    response.set_cookie("payroll_refresh", token)
