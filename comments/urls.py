from django.urls import path

from . import views

app_name = "comments"
urlpatterns = [
    path("<int:page_id>/", views.comment, name="post"),
    path("<int:page_id>/token/", views.token, name="token"),
]
