"""A text box whose editing keys (ctrl+u, backspace, ctrl+w, home) act in the order they were typed.

Textual runs a key's non-priority binding only once the key has gone round the focused widget: the box passes
on what it does not type, the key bubbles up to the app, and the app runs the binding. Keys typed in one burst
are all forwarded to the box before that, so the letters behind ctrl+u were typed before the box was emptied
(ctrl+u then `abc` left nothing). The box runs the binding itself when the key reaches it, behind the keys typed
before it and before those typed after."""

from __future__ import annotations

from textual import events
from textual.app import App
from textual.widgets import Input


async def run_binding(app: App, key: str) -> bool:
    """Run the binding of `key` now, as the app would once the key came back to it: a priority binding (from the
    app down), else the focused widget's or its ancestors' (from the focused widget up). Whether one ran."""
    return await app._check_bindings(key, priority=True) or await app._check_bindings(key)


class TextBox(Input):
    async def _on_key(self, event: events.Key) -> None:
        if not event.is_printable and await self._run_binding(event.key):
            event.stop()
            event.prevent_default()
            return
        await super()._on_key(event)

    async def _run_binding(self, key: str) -> bool:
        if self.app.focused is self:  # not has_focus: set by a Blur queued behind the keys typed before it
            return await run_binding(self.app, key)
        # the focus left the box after the key was typed into it (enter, typed just behind it, chooses the query once
        # the box has taken the keys before it): the box's own binding, as when it was typed
        for binding in self._bindings.key_to_bindings.get(key, ()):
            if await self.app.run_action(binding.action, self):
                return True
        return False
