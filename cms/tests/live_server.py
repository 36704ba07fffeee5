"""One request at a time in the live server when it shares the test's SQLite connection.

pytest-django's live server hands the test's in-memory SQLite connection to every request
thread (that is how the browser sees the test's rows). Two requests at once (the React
translation editor's own save still in flight while the test sends the next one) then run
their transactions on one connection, and SQLite answers "cannot start a transaction within a
transaction" with a 500. A real server has a connection per thread; the live server gets a lock.
"""

import threading

from django.core.servers.basehttp import ThreadedWSGIServer


class SerialWSGIServer(ThreadedWSGIServer):
    def set_app(self, application):
        if not self.connections_override:
            return super().set_app(application)
        lock = threading.Lock()

        def serial(environ, start_response):
            # The body is read under the lock too: a streaming response may still query.
            with lock:
                result = application(environ, start_response)
                try:
                    return [b"".join(result)]
                finally:
                    if hasattr(result, "close"):
                        result.close()

        return super().set_app(serial)


def install():
    from django.test.testcases import LiveServerThread

    LiveServerThread.server_class = SerialWSGIServer
