"""runserver that will not put a DEBUG site on the network.

With DEBUG on, an error page shows settings and source, and `make run` prints the local
admin's password: fine on loopback, a gift to anyone else on the network. For a server other
machines reach, use the production settings behind nginx (`make serve`, docs/deploy.md).
"""

import ipaddress

from django.conf import settings
from django.contrib.staticfiles.management.commands.runserver import Command as StaticfilesRunserver
from django.core.management import CommandError


def is_loopback(address):
    if address == "localhost":
        return True
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:  # a host name, or Django's "0" shorthand for 0.0.0.0
        return False


class Command(StaticfilesRunserver):
    def run(self, **options):
        if settings.DEBUG and not is_loopback(self.addr):
            raise CommandError(
                f"Refusing to serve with DEBUG on at {self.addr}: the development server only listens on "
                "loopback (127.0.0.1, ::1). Use the production settings for a server others can reach "
                "(make serve, docs/deploy.md).")
        super().run(**options)
