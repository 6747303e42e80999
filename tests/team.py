"""A plan on the test server shared by a team: logins of every role (a test's own, the server's roles being shared)."""

from __future__ import annotations

import itertools

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from hallplanner.db.database import open_database
from hallplanner.db.transfer import copy_rows
from hallplanner.domain.access import AccessRole
from hallplanner.services import accounts

_teams = itertools.count(1)


class Team:
    """A plan on the server, and logins of each role (login names are the server's: unique per test)."""

    def __init__(self, url: str, sample_path) -> None:
        self.url = url
        suffix = next(_teams)
        self.police, self.hr, self.viewer, self.planner, self.admin = (
            f"police{suffix}", f"hr{suffix}", f"viewer{suffix}", f"planner{suffix}", f"admin{suffix}")
        source, owner = open_database(sample_path, readonly=True), open_database(url, create=True)
        copy_rows(source, owner)
        source.close()
        accounts.grant(owner, self.police, AccessRole.DEPARTMENT, department="公安局", display_name="张警官",
                       password="s3cret")
        accounts.grant(owner, self.hr, AccessRole.DEPARTMENT, department="人社局", password="s3cret")
        accounts.grant(owner, self.viewer, AccessRole.VIEWER, password="s3cret")
        accounts.grant(owner, self.planner, AccessRole.PLANNER, display_name="李规划", password="s3cret")
        accounts.grant(owner, self.admin, AccessRole.ADMIN, password="s3cret")
        with owner.engine.connect() as connection:
            ids = dict(connection.execute(text("SELECT short_name, id FROM departments")).all())
            self.police_item, self.hr_item = (connection.scalar(text(
                "SELECT min(id) FROM service_items WHERE department_id = :d"), {"d": ids[name]})
                for name in ("公安局", "人社局"))
            self.police_id, self.hr_id = ids["公安局"], ids["人社局"]
        owner.close()

    def url_of(self, login: str) -> str:
        return make_url(self.url).set(username=login).render_as_string(hide_password=False)

    def engine(self, login: str):
        return create_engine(self.url_of(login))
