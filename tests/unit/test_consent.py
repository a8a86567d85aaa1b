"""Consent: default deny, exact matching, expiry, revocation, proxies, break glass, JSON."""

import json
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wayfarer import keys
from wayfarer.audit import AuditLog, describe, verify
from wayfarer.consent import (
    BREAK_GLASS_LONGEST,
    CATEGORIES,
    EMERGENCY_CATEGORIES,
    ConsentError,
    ConsentFormatError,
    Grant,
    GrantNotFoundError,
    NotAuthorizedError,
    Recipient,
    active_grants,
    allows,
    break_glass,
    grant,
    grants_from_json,
    grants_to_json,
    revoke,
)

T0 = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)
ROSSI = Recipient("doctor", "dr-rossi", "Dr Rossi")
KIOSK = Recipient("kiosk", "clinic-kiosk-7", "Clinic kiosk")


@pytest.fixture
def grants() -> tuple[Grant, ...]:
    return grant((), ROSSI, {"medicines", "allergies"}, "treatment", at=T0, expires_at=T0 + 24 * HOUR).grants


def test_default_deny() -> None:
    for category in CATEGORIES:
        assert not allows((), ROSSI, category, "treatment", T0)


def test_a_grant_allows_exactly_what_it_says(grants: tuple[Grant, ...]) -> None:
    assert allows(grants, ROSSI, "medicines", "treatment", T0)
    assert allows(grants, "dr-rossi", "allergies", "treatment", T0 + HOUR)  # by id string
    assert not allows(grants, ROSSI, "vitals", "treatment", T0)  # other category
    assert not allows(grants, ROSSI, "medicines", "research", T0)  # other purpose
    assert not allows(grants, KIOSK, "medicines", "treatment", T0)  # other recipient
    assert not allows(
        grants, Recipient("family", "dr-rossi", "Dr Rossi"), "medicines", "treatment", T0
    )  # kind
    assert not allows(grants, Recipient("doctor", "dr-rossi-2", "Dr Rossi"), "medicines", "treatment", T0)
    assert not allows(grants, "Dr Rossi", "medicines", "treatment", T0)  # display names never match
    assert not allows(grants, ROSSI, "not_a_category", "treatment", T0)


def test_validity_window(grants: tuple[Grant, ...]) -> None:
    assert not allows(grants, ROSSI, "medicines", "treatment", T0 - timedelta(milliseconds=1))
    assert allows(grants, ROSSI, "medicines", "treatment", T0 + 24 * HOUR - timedelta(milliseconds=1))
    assert not allows(grants, ROSSI, "medicines", "treatment", T0 + 24 * HOUR)


def test_naive_time_is_refused(grants: tuple[Grant, ...]) -> None:
    with pytest.raises(ConsentFormatError, match="timezone-aware"):
        allows(grants, ROSSI, "medicines", "treatment", datetime(2026, 11, 23, 8, 0))


def test_revocation(grants: tuple[Grant, ...]) -> None:
    change = revoke(grants, grants[0].grant_id, at=T0 + 2 * HOUR)
    assert allows(change.grants, ROSSI, "medicines", "treatment", T0 + HOUR)  # before revocation
    assert not allows(change.grants, ROSSI, "medicines", "treatment", T0 + 2 * HOUR)
    assert change.grant.revoked_by == "patient"
    assert grants[0].revoked_at is None  # the old state is unchanged
    assert change.event.action == "consent_change" and change.event.detail == "withdrawn"
    with pytest.raises(ConsentError, match="already withdrawn"):
        revoke(change.grants, grants[0].grant_id, at=T0 + 3 * HOUR)
    with pytest.raises(GrantNotFoundError):
        revoke(grants, "nope", at=T0)


def test_grant_event_and_actor(grants: tuple[Grant, ...]) -> None:
    change = grant(grants, KIOSK, ["allergies"], "emergency_care", at=T0, expires_at=T0 + HOUR)
    assert len(change.grants) == 2 and change.grant.granted_by == "patient"
    event = change.event
    assert (event.actor, event.action, event.categories, event.purpose, event.recipient) == (
        "patient",
        "consent_change",
        ("allergies",),
        "emergency_care",
        "Clinic kiosk",
    )
    assert event.detail == "allowed until 23 Nov 2026 09:00 UTC"


def test_proxy_rules() -> None:
    change = grant(
        (),
        ROSSI,
        ["medicines"],
        "treatment",
        at=T0,
        expires_at=T0 + HOUR,
        by="proxy:maria",
        designated_proxies={"maria"},
    )
    assert change.grant.granted_by == "proxy:maria" and change.event.actor == "proxy:maria"
    with pytest.raises(NotAuthorizedError, match="not a designated proxy"):
        grant((), ROSSI, ["medicines"], "treatment", at=T0, expires_at=T0 + HOUR, by="proxy:mallory")
    with pytest.raises(NotAuthorizedError, match="not a designated proxy"):
        revoke(change.grants, change.grant.grant_id, at=T0, by="proxy:mallory", designated_proxies={"maria"})
    with pytest.raises(NotAuthorizedError):
        grant((), ROSSI, ["medicines"], "treatment", at=T0, expires_at=T0 + HOUR, by="dr-rossi")
    revoked = revoke(
        change.grants, change.grant.grant_id, at=T0, by="proxy:maria", designated_proxies=["maria"]
    )
    assert revoked.grant.revoked_by == "proxy:maria"


@pytest.mark.parametrize(
    ("categories", "expires_after", "message"),
    [
        (["medicines", "shoe_size"], HOUR, "unknown categories"),
        ([], HOUR, "at least one category"),
        ("medicines", HOUR, "collection"),
        (["medicines"], timedelta(0), "expire after"),
    ],
)
def test_invalid_grants_are_refused(categories: object, expires_after: timedelta, message: str) -> None:
    with pytest.raises(ConsentFormatError, match=message):
        grant((), ROSSI, categories, "treatment", at=T0, expires_at=T0 + expires_after)  # type: ignore[arg-type]


def test_invalid_recipients_are_refused() -> None:
    with pytest.raises(ConsentFormatError, match="kind"):
        Recipient("stranger", "x", "X")  # type: ignore[arg-type]
    with pytest.raises(ConsentFormatError, match="id"):
        Recipient("doctor", "", "X")


def test_break_glass_is_time_limited_emergency_only_and_logged() -> None:
    signer = keys.generate_signer()
    log = AuditLog(signer, clock=lambda: T0)
    change = break_glass((), KIOSK, at=T0, by="Paramedic Ana", reason="patient unconscious")
    grants = change.commit(log)
    assert change.grant.is_break_glass and change.grant.granted_by == "break_glass:Paramedic Ana"
    assert change.grant.categories == frozenset(EMERGENCY_CATEGORIES)
    assert allows(grants, KIOSK, "allergies", "emergency_care", T0 + timedelta(minutes=59))
    assert not allows(grants, KIOSK, "allergies", "emergency_care", T0 + HOUR)
    assert not allows(grants, KIOSK, "allergies", "treatment", T0)
    assert not allows(grants, KIOSK, "location", "emergency_care", T0)
    entry = log.entries[-1]
    assert entry["action"] == "break_glass" and entry["actor"] == "break_glass:Paramedic Ana"
    assert verify(log.entries, log.head, signer.public_jwk).ok
    assert describe(entry).startswith(
        "23 Nov 2026 08:00 — Paramedic Ana (emergency access) broke the glass to show"
    )
    with pytest.raises(ConsentFormatError, match="unknown categories"):
        break_glass((), KIOSK, at=T0, by="Ana", reason="fall", categories=["location"])
    with pytest.raises(ConsentError, match="at most"):
        break_glass((), KIOSK, at=T0, by="Ana", reason="fall", duration=BREAK_GLASS_LONGEST + HOUR)
    with pytest.raises(ConsentFormatError, match="reason"):
        break_glass((), KIOSK, at=T0, by="Ana", reason="")
    ended = revoke(grants, change.grant.grant_id, at=T0 + timedelta(minutes=10))
    assert not allows(ended.grants, KIOSK, "allergies", "emergency_care", T0 + timedelta(minutes=11))


def test_commit_logs_grants_with_the_proxy_recorded() -> None:
    signer = keys.generate_signer()
    log = AuditLog(signer, clock=lambda: T0)
    change = grant(
        (),
        ROSSI,
        ["medicines"],
        "treatment",
        at=T0,
        expires_at=T0 + HOUR,
        by="proxy:maria",
        designated_proxies={"maria"},
    )
    change.commit(log)
    assert log.entries[-1]["actor"] == "proxy:maria" and log.entries[-1]["action"] == "consent_change"
    assert "your proxy maria changed what Dr Rossi may see of your medicines" in describe(log.entries[-1])


def test_active_grants(grants: tuple[Grant, ...]) -> None:
    assert active_grants(grants, T0) == grants
    assert active_grants(grants, T0 + 48 * HOUR) == ()


times = st.datetimes(datetime(2020, 1, 1), datetime(2040, 1, 1), timezones=st.just(UTC))


@given(
    st.sampled_from([ROSSI, KIOSK, Recipient("care_circle_device", "dev-1", "Anna's phone")]),
    st.sets(st.sampled_from(CATEGORIES), min_size=1),
    times,
    st.timedeltas(timedelta(milliseconds=1), timedelta(days=400)),
    st.none() | st.timedeltas(timedelta(0), timedelta(days=30)),
)
def test_json_round_trip(
    recipient: Recipient,
    categories: set[str],
    at: datetime,
    length: timedelta,
    revoke_after: timedelta | None,
) -> None:
    change = grant(
        (), recipient, categories, "treatment", at=at, expires_at=at + length + timedelta(milliseconds=1)
    )
    grants = change.grants
    if revoke_after is not None:
        grants = revoke(grants, change.grant.grant_id, at=at + revoke_after, by="patient").grants
    text = json.dumps(grants_to_json(grants))
    assert grants_from_json(json.loads(text)) == grants


@pytest.mark.parametrize(
    "mutate",
    [
        lambda data: data[0].pop("recipient"),
        lambda data: data[0].update(categories="medicines"),
        lambda data: data[0].update(granted_at="yesterday"),
        lambda data: data[0].update(expires_at="2026-02-30T00:00:00.000Z"),
        lambda data: data[0]["recipient"].update(kind="stranger"),
        lambda data: data.append(data[0]),
        lambda data: data[0].update(revoked_at="2026-11-23T09:00:00.000Z"),  # without revoked_by
    ],
)
def test_damaged_json_is_refused_clearly(grants: tuple[Grant, ...], mutate: object) -> None:
    data = grants_to_json(grants)
    mutate(data)  # type: ignore[operator]
    with pytest.raises(ConsentFormatError):
        grants_from_json(data)
