"""Forms of the timesheet app."""
from flask_wtf import FlaskForm
from wtforms import DateField, DecimalField, StringField
from wtforms.validators import DataRequired


class TimesheetEntryForm(FlaskForm):
    project = StringField("Project", validators=[DataRequired()])
    hours = DecimalField("Hours", places=2)

    class Meta:
        # expect: this form accepts posts from any site
        csrf = False


class ApprovalForm(FlaskForm):
    comment = StringField("Comment")

    class Meta:
        # ok: CSRF kept, a shorter token lifetime
        csrf = True
        csrf_time_limit = 900


class SearchForm(FlaskForm):
    q = StringField("Search")
    since = DateField("Since")


def search_form(formdata):
    # ok: meta options that leave CSRF on
    return SearchForm(formdata, meta={"locales": ["en_GB"]})


def approval_form_without_token(formdata):
    # expect: per-instance switch
    return ApprovalForm(formdata, meta={"csrf": False})
