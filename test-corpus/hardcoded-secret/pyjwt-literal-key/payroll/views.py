"""Payslip views: the payslip cookie is a JWT signed with a key from the settings module."""
import jwt
from django.http import HttpResponseForbidden
from django.shortcuts import render

from payroll.settings import PAYSLIP_COOKIE_KEY


def payslip(request):
    try:
        # the literal is in payroll/settings.py (see the todo there)
        claims = jwt.decode(request.COOKIES["payslip"], PAYSLIP_COOKIE_KEY, algorithms=["HS256"])
    except (KeyError, jwt.InvalidTokenError):
        return HttpResponseForbidden()
    return render(request, "payroll/payslip.html", {"employee": claims["sub"]})
