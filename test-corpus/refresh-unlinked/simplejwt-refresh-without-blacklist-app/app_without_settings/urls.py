"""A reusable app scanned without the project settings."""
from django.urls import path
from rest_framework_simplejwt.views import TokenRefreshView

urlpatterns = [
    # ok: the settings are not part of this scan: nothing to conclude
    path("token/refresh/", TokenRefreshView.as_view()),
]
