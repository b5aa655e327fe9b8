from django.urls import path
from rest_framework_simplejwt.views import TokenObtainPairView, TokenRefreshView, TokenVerifyView

from . import views

urlpatterns = [
    # ok: obtaining a pair needs the password
    path("api/token/", TokenObtainPairView.as_view(), name="token_obtain_pair"),
    # expect: refresh tokens are checked against nothing
    path("api/token/refresh/", TokenRefreshView.as_view(), name="token_refresh"),
    # ok: verify only answers yes/no
    path("api/token/verify/", TokenVerifyView.as_view(), name="token_verify"),
    path("api/buyer/refresh/", views.BuyerTokenRefreshView.as_view()),
    path("api/kiosk/refresh/", views.kiosk_refresh),
]
