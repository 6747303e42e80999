"""Messages for the planner: Chinese text that the GUI can show in another language, without Qt.

The domain, the database layer and the services write their messages in
Chinese, and the command line prints them as they are. The GUI shows them in
the planner's language: ``message(context, template)`` marks a template for
Qt's ``pyside6-lupdate`` (``tools/translations.py`` runs it with
``-tr-function-alias QT_TRANSLATE_NOOP+=message``, so lupdate reads these calls
as it reads ``QT_TRANSLATE_NOOP``) and returns a ``Message``.

A ``Message`` is a ``str``: the Chinese text, so printing, comparing and
storing it work as for any string. It also keeps its context, its template and
the values of its placeholders, so the GUI translates the template first and
fills in the values after (a translation may put them in another order).
Placeholders are named, and ``format`` takes keywords only, so a translator
sees what each one stands for. Values that are messages themselves (an enum
label, "3 个事项") are translated in turn.

lupdate reads only calls whose arguments are two string literals: a
``message()`` call with anything else is skipped without a warning, which
``tests/test_translations.py`` guards against.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping


class Message(str):
    """Chinese text that remembers how it was made, so it can be made again in another language."""

    context: str
    template: str
    values: dict[str, object]

    def __new__(cls, context: str, template: str, values: Mapping[str, object] | None = None) -> Message:
        values = dict(values or {})
        made = super().__new__(cls, template.format_map(values) if values else template)
        made.context, made.template, made.values = context, template, values
        return made

    def format(self, **values: object) -> Message:  # type: ignore[override]  # keywords only, see above
        """The template with its placeholders filled, still translatable."""
        return Message(self.context, self.template, values)

    def render(self, lookup: Callable[[str, str], str]) -> str:
        """The text in another language; ``lookup(context, template)`` gives a template's translation."""
        values = {key: value.render(lookup) if isinstance(value, Message) else value
                  for key, value in self.values.items()}
        translated = lookup(self.context, self.template)
        return translated.format_map(values) if values else translated


def message(context: str, template: str) -> Message:
    """Mark ``template`` for translation in ``context``; ``.format(name=…)`` fills its placeholders."""
    return Message(context, template)
