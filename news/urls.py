from django.urls import path

from . import views

app_name = "news"

urlpatterns = [
    path("api/lihat/<int:page_id>/", views.record_view, name="record_view"),
]
