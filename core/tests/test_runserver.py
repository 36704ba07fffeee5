import pytest
from django.core.management import CommandError, call_command

from core.management.commands.runserver import Command, is_loopback


@pytest.mark.parametrize("address", ["127.0.0.1", "127.0.0.2", "::1", "localhost"])
def test_loopback_addresses(address):
    assert is_loopback(address)


@pytest.mark.parametrize("address", ["0.0.0.0", "0", "::", "192.168.1.10", "dinsos.local"])
def test_other_addresses(address):
    assert not is_loopback(address)


@pytest.mark.parametrize("addrport", ["0.0.0.0:18765", "0:18765", "[::]:18765", "10.0.0.5:18765"])
def test_debug_runserver_refuses_a_network_address(settings, addrport, monkeypatch):
    settings.DEBUG = True
    served = []
    monkeypatch.setattr(Command, "inner_run", lambda self, *args, **kwargs: served.append(self.addr))
    with pytest.raises(CommandError, match="only listens on loopback"):
        call_command("runserver", addrport, use_reloader=False, use_threading=False)
    assert served == []


def test_debug_runserver_serves_on_loopback(settings, monkeypatch):
    settings.DEBUG = True
    served = []
    monkeypatch.setattr(Command, "inner_run", lambda self, *args, **kwargs: served.append(self.addr))
    call_command("runserver", "127.0.0.1:18765", use_reloader=False)
    assert served == ["127.0.0.1"]


def test_without_debug_any_address_is_allowed(settings, monkeypatch):
    settings.DEBUG = False
    settings.ALLOWED_HOSTS = ["*"]
    served = []
    monkeypatch.setattr(Command, "inner_run", lambda self, *args, **kwargs: served.append(self.addr))
    call_command("runserver", "0.0.0.0:18765", use_reloader=False)
    assert served == ["0.0.0.0"]
