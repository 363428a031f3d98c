"""The Learning and Development rows of a form, found from the form definition's shape.

The Portsmouth form has four rows ("Portsmouth Model of Family Practice Training", "Core
knowledge and skills.", "Thematics.", "Other training …"), each with "My Self-assessment" and
"Next Steps & Progress". Nothing here names them: a row is a group of a section that only the
practitioner fills in, outside any review round, with (at least) two long answers — the first
says what they did, the second what they need next. That is the shape the wizard shows as a
two-column page (ui/pages/kinds.py), so a council that renames or adds a row is followed.
"""

from __future__ import annotations

from dataclasses import dataclass

from pdr_desktop.forms.model import Field, FieldType, FormDefinition, Role, Section


@dataclass(frozen=True)
class LearningRow:
    group_id: str
    label: str  # the row as the form prints it
    did: Field  # "My Self-assessment"
    next: Field  # "Next Steps & Progress"

    @property
    def title(self) -> str:
        """The label without the form's trailing full stop ("Thematics." → "Thematics")."""
        return self.label.rstrip(" .")


def _is_learning_section(section: Section) -> bool:
    fields = section.fields
    return (
        bool(section.groups)
        and bool(fields)
        and all(f.owner is Role.PRACTITIONER and f.round is None for f in fields)
        and not any(g.round for g in section.groups)
        and all(f.type is FieldType.LONGTEXT for f in fields)
    )


def learning_rows(form: FormDefinition) -> list[LearningRow]:
    """Every learning row of the form, in form order (empty for a form without any)."""
    rows: list[LearningRow] = []
    for section in form.sections:
        if not _is_learning_section(section):
            continue
        for group in section.groups:
            answers = [f for f in section.fields if f.group == group.id]
            if len(answers) >= 2:
                rows.append(LearningRow(group.id, group.label, answers[0], answers[1]))
    return rows
