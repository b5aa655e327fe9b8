"""Single sign-on between the payroll and the HR portal (python-jose)."""
import os

from django.conf import settings
from jose import jwt as jose_jwt
from jose import jws

PAYROLL_PUBLIC_KEY = """-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEq3ZcHz0d8Ck1YfQz8rV2bB4Xw0Zt
-----END PUBLIC KEY-----"""


class PayrollSSO:
    # expect: class attribute holding literal bytes, used by handoff_token
    SHARED_SECRET = b"hr-payroll-" b"shared"

    def handoff_token(self, employee):
        claims = {"sub": employee.badge, "dept": employee.department_id}
        # reported at the class attribute above
        return jose_jwt.encode(claims, self.SHARED_SECRET, algorithm="HS256")

    def read_payroll_token(self, token):
        # ok: a PEM public key is public material
        return jose_jwt.decode(token, PAYROLL_PUBLIC_KEY, algorithms=["ES256"])

    def read_hr_token(self, token):
        # ok: the key comes from Django settings (its own rule covers settings.py)
        return jose_jwt.decode(token, settings.SECRET_KEY, algorithms=["HS256"])

    def sign_badge(self, payload):
        # expect: jws.sign with a literal key
        return jws.sign(payload, "badge-printer-key", algorithm="HS256")

    def verify_badge(self, token):
        # ok: read from the environment, no fallback
        return jws.verify(token, os.environ["BADGE_KEY"], algorithms=["HS256"])
