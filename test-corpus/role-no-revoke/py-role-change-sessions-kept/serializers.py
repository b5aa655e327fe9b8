"""Payroll API: JWT claims carry the employee's role."""
from rest_framework_simplejwt.serializers import TokenObtainPairSerializer


class PayrollTokenSerializer(TokenObtainPairSerializer):
    @classmethod
    def get_token(cls, user):
        token = super().get_token(user)
        token["role"] = user.employee.role
        token["is_staff"] = user.is_staff
        return token
