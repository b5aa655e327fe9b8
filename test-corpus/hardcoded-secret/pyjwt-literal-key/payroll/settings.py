"""Settings of the payroll portal."""
import os

SECRET_KEY = os.environ["PAYROLL_SECRET_KEY"]

# todo-expect: used by payroll/views.py through `from payroll.settings import PAYSLIP_COOKIE_KEY`; the resolver does not follow imports across files
PAYSLIP_COOKIE_KEY = "payslip-cookie-key"
