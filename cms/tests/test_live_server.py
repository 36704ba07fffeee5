import threading
import time

from cms.tests.live_server import SerialWSGIServer


def overlapping_calls(connections_override):
    """How many calls of a slow app were in flight at once when four threads call it."""
    active, most = 0, 0
    guard = threading.Lock()

    def app(environ, start_response):
        nonlocal active, most
        with guard:
            active += 1
            most = max(most, active)
        time.sleep(0.05)
        with guard:
            active -= 1
        start_response("200 OK", [])
        return [b"ok"]

    server = SerialWSGIServer(("127.0.0.1", 0), None, connections_override=connections_override)
    try:
        server.set_app(app)
        wrapped = server.get_app()
        threads = [threading.Thread(target=wrapped, args=({}, lambda *a: None)) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        server.server_close()
    return most


def test_requests_take_turns_when_the_sqlite_connection_is_shared():
    assert overlapping_calls({"default": object()}) == 1


def test_requests_run_together_when_each_thread_has_its_own_connection():
    assert overlapping_calls({}) > 1
