"""Supplier portal: permissions are read from the database on every request."""
from django.contrib.auth.decorators import permission_required
from django.contrib.auth.models import Group, User
from django.shortcuts import get_object_or_404, redirect


@permission_required("auth.change_user")
def remove_buyer(request, user_id):
    user = get_object_or_404(User, pk=user_id)
    # ok: nothing in this project copies roles into sessions or tokens
    user.groups.remove(Group.objects.get(name="buyers"))
    return redirect("suppliers:users")
