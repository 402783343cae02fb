"""Ingest on a Dask cluster: workers read and run spaCy, this process alone writes.

Imported only when `--scheduler` is given, so a plain ingest and the TUI
never import dask. The client reads each file (within the size limits of
store/read) and skips bytes already stored before anything is sent; a
worker takes one article per task, dissects it and runs the model it loaded
once (ModelPlugin), and returns plain records. Results are collected as
they complete but written in input order, one transaction each: entity
resolution is corpus-wide and order-sensitive ("Maliki" joins the one
stored Maliki), so the cluster builds the same store a local ingest does.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import CancelledError
from contextlib import contextmanager

from distributed import Client, LocalCluster, WorkerPlugin, as_completed, wait
from distributed.comm.core import CommClosedError
from distributed.scheduler import KilledWorker

from . import interrupts
from .errors import NewsxError
from .ingest import Outcome, analyse, describe_failure

LOCAL = "local:"
# Seconds a scheduler has to answer, and to show a worker, before the run fails.
DEFAULT_TIMEOUT = 30.0
# Articles submitted and not yet written, per worker thread: enough to keep
# every worker busy while one result travels back, few enough that the
# client's memory stays flat however many files there are.
IN_FLIGHT_PER_THREAD = 2
# How often the window follows workers joining or leaving.
WINDOW_REFRESH_S = 1.0


class ModelPlugin(WorkerPlugin):
    """Loads the spaCy model once when a worker starts (and again in a restarted one)."""

    def __init__(self, model: str, *, ignore_interrupts: bool = False):
        self.model = model
        self.name = f"newsx-model-{model}"
        # A local cluster's workers share the terminal: Ctrl-C is the client's to handle.
        self.ignore_interrupts = ignore_interrupts

    async def setup(self, worker) -> None:
        from .nlp.pipeline import load_model

        if self.ignore_interrupts and _main_thread():
            signal.signal(signal.SIGINT, signal.SIG_IGN)
        # Off the worker's event loop, so it keeps answering the scheduler while the model loads.
        await asyncio.to_thread(load_model, self.model)


def analyse_article(item: tuple[bytes, str, str], model: str) -> Outcome:
    """One task: (bytes, source, sha256) -> (source, Prepared, Extraction, error), on a worker."""
    from .nlp.pipeline import load_model

    [outcome] = analyse([item], load_model(model))
    return outcome


def run_on_cluster(
    todo: Iterator[tuple[bytes, str, str]],
    scheduler: str,
    stored: Callable[..., None],
    *,
    timeout: float | None = None,
) -> None:
    """Analyse `todo` on the cluster at `scheduler`; hand each outcome to `stored` in input order."""
    from .nlp.pipeline import model_name

    timeout = DEFAULT_TIMEOUT if timeout is None else timeout
    model = model_name()
    with _quiet_logs(), interrupts.as_ctrl_c(), _connected(scheduler, timeout) as client:
        try:
            plugin = ModelPlugin(model, ignore_interrupts=scheduler.startswith(LOCAL))
            try:
                client.register_plugin(plugin)
            except NewsxError as exc:
                # Left registered, it would fail again in every worker that joins later.
                client.unregister_worker_plugin(plugin.name)
                raise NewsxError(f"a Dask worker cannot start: {exc}") from None
            with client.as_current():  # as_completed and wait find it; no process-wide default is set
                _stream(client, todo, stored, model, timeout)
        except CommClosedError:
            raise _scheduler_gone() from None


def _scheduler_gone() -> NewsxError:
    return NewsxError("lost the connection to the Dask scheduler; articles stored so far are kept")


def _stream(client: Client, todo: Iterator[tuple[bytes, str, str]], stored, model: str, timeout: float) -> None:
    window = _Window(client)
    arrivals = as_completed()
    position: dict[object, tuple[int, str]] = {}  # task key -> (input order, source)
    ready: dict[int, Outcome] = {}
    sent = written = 0

    def top_up() -> None:
        nonlocal sent
        while sent - written < window.size():
            item = next(todo, None)
            if item is None:
                return
            future = client.submit(analyse_article, item, model, pure=False)
            position[future.key] = (sent, item[1])
            arrivals.add(future)
            sent += 1

    try:
        top_up()
        for future in _arrivals(arrivals, window, timeout):
            order, source = position.pop(future.key)
            ready[order] = _outcome(future, source)
            future.release()
            while written in ready:
                stored(*ready.pop(written))
                written += 1
            top_up()
    finally:
        for future in list(arrivals.futures):
            future.cancel()


def _arrivals(arrivals: as_completed, window: "_Window", timeout: float) -> Iterator:
    """Futures as they complete; fails if the cluster has had no worker for `timeout` seconds.

    Dask waits for workers to come back however long it takes; a run with
    nobody to do its work says so instead of hanging.
    """
    while not arrivals.is_empty():
        if not arrivals.has_ready():
            try:
                wait(list(arrivals.futures), timeout=WINDOW_REFRESH_S, return_when="FIRST_COMPLETED")
            except TimeoutError:
                window.check_workers(timeout)
                continue
        yield next(arrivals)


def _outcome(future, source: str) -> Outcome:
    try:
        return future.result()
    except KilledWorker:
        return source, None, None, "every worker that tried it died (out of memory?)"
    except CancelledError:
        raise _scheduler_gone() from None
    except Exception as exc:  # noqa: BLE001 - a worker-side failure fails this article alone
        return source, None, None, describe_failure(exc)


class _Window:
    """How many articles may be in flight: a few per worker thread the cluster has now."""

    def __init__(self, client: Client):
        self.client = client
        self.checked = float("-inf")
        self.threads = 1
        self.workerless_since: float | None = None

    def size(self) -> int:
        now = time.monotonic()
        if now - self.checked >= WINDOW_REFRESH_S:
            self.threads = max(1, sum(self.client.nthreads().values()))
            self.checked = now
        return IN_FLIGHT_PER_THREAD * self.threads

    def check_workers(self, timeout: float) -> None:
        """Raise once the cluster has had no worker for `timeout` seconds."""
        now = time.monotonic()
        if self.client.nthreads():
            self.workerless_since = None
        elif self.workerless_since is None:
            self.workerless_since = now
        elif now - self.workerless_since >= timeout:
            raise NewsxError(
                f"the Dask cluster has had no workers for {timeout:g} s; articles stored so far are kept"
            )


@contextmanager
def _connected(scheduler: str, timeout: float) -> Iterator[Client]:
    cluster = None
    try:
        if scheduler.startswith(LOCAL):
            count = scheduler[len(LOCAL):]
            if not count.isdigit() or int(count) < 1:
                raise NewsxError(f"--scheduler local:N needs a number of workers of 1 or more, not {count!r}")
            with interrupts.deferred():  # a TERM while the workers start lands once they can be shut down
                cluster = local_cluster(int(count))
            address = cluster.scheduler_address
        elif "://" in scheduler:
            address = scheduler
            _check_scheduler(address, timeout)
        else:
            raise NewsxError(f"--scheduler must be tcp://HOST:PORT or local:N, not {scheduler!r}")
        client = Client(address, timeout=timeout, set_as_default=False)
        try:
            try:
                client.wait_for_workers(1, timeout=timeout)
            except TimeoutError:
                raise NewsxError(
                    f"the Dask scheduler at {address} has no workers (waited {timeout:g} s); "
                    f"start some with `dask worker {address}`"
                ) from None
            yield client
        finally:
            client.close()
    finally:
        if cluster is not None:
            cluster.close()


def _check_scheduler(address: str, timeout: float) -> None:
    """Fail with one line unless a Dask scheduler answers at `address` within `timeout` seconds.

    Client() alone can wait forever on a port that accepts and never speaks;
    one `identity` call under our own deadline cannot.
    """
    from distributed.core import rpc
    from distributed.security import Security

    # TLS settings, if any, come from Dask's own configuration, as Client's do.
    connection_args = Security().get_connection_args("client")

    async def identity() -> dict:
        async with rpc(address, connection_args=connection_args) as scheduler:
            return await scheduler.identity()

    try:
        answer = asyncio.run(asyncio.wait_for(identity(), timeout))
    except (OSError, TimeoutError):
        raise NewsxError(
            f"no Dask scheduler answered at {address} within {timeout:g} s; "
            "start one with `dask scheduler`, or use --scheduler local:N"
        ) from None
    except Exception as exc:  # noqa: BLE001 - whatever a stranger on that port sends back
        raise NewsxError(f"{address} does not answer as a Dask scheduler does ({describe_failure(exc)})") from None
    if answer.get("type") != "Scheduler":
        raise NewsxError(f"{address} is a Dask {answer.get('type', 'service')}, not a scheduler")


def local_cluster(workers: int) -> LocalCluster:
    """`workers` processes on this machine, one thread each, listening on loopback only, no dashboard."""
    # The workers inherit an ignored Ctrl-C while they start (ModelPlugin keeps it
    # ignored in a restarted one): a Ctrl-C at the terminal reaches every process
    # of the group, and it is the client that stops the run and shuts them down.
    # The price: a Ctrl-C in the seconds the workers take to start goes unseen.
    held = signal.signal(signal.SIGINT, signal.SIG_IGN) if _main_thread() else None
    try:
        return LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
            dashboard_address=None, silence_logs=logging.CRITICAL,
            # No dashboard; the scheduler's small HTTP server on a free loopback port, not 8787.
            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
        )
    finally:
        if held is not None:
            signal.signal(signal.SIGINT, held)


def _main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


@contextmanager
def _quiet_logs() -> Iterator[None]:
    """Dask's own log lines (a worker restarted, a connection retried) stay off the user's
    terminal: what the run has to say is the progress bar, one line per failure and the summary.

    Dask sets levels on some child loggers (distributed.client), so each is raised, not only the root.
    """
    names = {"distributed", "tornado"}
    names |= {name for name in logging.root.manager.loggerDict if name.split(".")[0] in names}
    loggers = [logging.getLogger(name) for name in sorted(names)]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels):
            logger.setLevel(level)
