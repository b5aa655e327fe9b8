"""Django REST framework serializers of the inventory API."""
from rest_framework import serializers

from .models import StockItem


class StockItemSerializer(serializers.ModelSerializer):
    class Meta:
        model = StockItem
        fields = ["sku", "name", "quantity"]


def render_item(item):
    # ok: DRF serializer, not itsdangerous
    return serializers.Serializer("item", many=False)


def make(item):
    # ok: DRF serializer class name, no itsdangerous import in this file
    return Serializer("preview")
