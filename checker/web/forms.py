"""Flask-WTF forms of the desk. Every form carries a CSRF token; labels are the names that
people with screen readers (and the tests) find fields and buttons by."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import DateField, PasswordField, StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional, ValidationError

MAX_TEXT = 200_000  # characters; a long article is well under half of this


def _no_control_characters(_form: FlaskForm, field: TextAreaField) -> None:
    if field.data and any(ord(c) < 32 and c not in "\t\n\r" for c in field.data):
        raise ValidationError("The text contains control characters; paste plain text.")


class SignInForm(FlaskForm):
    """Username and password."""

    username = StringField("Username", validators=[DataRequired(), Length(max=200)])
    password = PasswordField("Password", validators=[DataRequired(), Length(max=1000)])
    submit = SubmitField("Sign in")


class SignOutForm(FlaskForm):
    """Sign out (a POST, so another site cannot sign you out)."""

    submit = SubmitField("Sign out")


class ReviewForm(FlaskForm):
    """Verify or dispute one quote or claim, with an optional note."""

    note = TextAreaField("Note", validators=[Optional(), Length(max=4000)])
    verify = SubmitField("Verify")
    dispute = SubmitField("Dispute")


class CheckForm(FlaskForm):
    """Paste an article to check it; Save stores it in the archive."""

    text = TextAreaField(
        "Text", validators=[DataRequired(), Length(max=MAX_TEXT), _no_control_characters]
    )
    published = DateField("Published", validators=[Optional()])
    title = StringField("Title", validators=[Optional(), Length(max=500)])
    check = SubmitField("Check")
    save = SubmitField("Save")
