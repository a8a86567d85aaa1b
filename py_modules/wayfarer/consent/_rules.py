"""The one consent check every share path calls, and the helpers that change consent."""

import secrets
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from wayfarer.audit import AuditEvent, AuditLog
from wayfarer.consent._errors import ConsentError, GrantNotFoundError, NotAuthorizedError
from wayfarer.consent._model import CATEGORIES, Grant, Recipient, check_categories, check_text, to_utc

EMERGENCY_CATEGORIES: tuple[str, ...] = ("allergies", "conditions", "medicines", "contacts")
EMERGENCY_PURPOSE = "emergency_care"
BREAK_GLASS_DURATION = timedelta(hours=1)
BREAK_GLASS_LONGEST = timedelta(hours=12)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _plain(moment: datetime) -> str:
    return f"{moment.day} {_MONTHS[moment.month - 1]} {moment.year} {moment:%H:%M} UTC"


def _matches(grant: Grant, recipient: Recipient | str) -> bool:
    if isinstance(recipient, Recipient):
        return grant.recipient.kind == recipient.kind and grant.recipient.id == recipient.id
    return grant.recipient.id == recipient


def allows(
    grants: Iterable[Grant], recipient: Recipient | str, category: str, purpose: str, at: datetime
) -> bool:
    """May ``recipient`` see ``category`` for ``purpose`` at time ``at``? Default: no.

    True only if some grant is for exactly this recipient (a :class:`Recipient` matches on kind and
    id; a string matches the recipient id; display names never count), lists the category, names
    exactly this purpose, has begun, has not expired and was not revoked by ``at``. Unknown
    categories or recipients are simply not allowed. ``at`` must be timezone-aware (else
    :class:`ConsentFormatError`).
    """
    moment = to_utc(at, "at")
    if category not in CATEGORIES or not isinstance(recipient, Recipient | str):
        return False
    return any(
        _matches(grant, recipient)
        and category in grant.categories
        and grant.purpose == purpose
        and grant.is_active(moment)
        for grant in grants
    )


def active_grants(grants: Iterable[Grant], at: datetime) -> tuple[Grant, ...]:
    """The grants in force at ``at``, for showing the patient who can see what."""
    moment = to_utc(at, "at")
    return tuple(grant for grant in grants if grant.is_active(moment))


@dataclass(frozen=True, slots=True)
class ConsentChange:
    """New consent state plus the audit event that must be recorded with it.

    Use :meth:`commit` so the change is logged before the new state is used.
    """

    grants: tuple[Grant, ...]
    grant: Grant
    event: AuditEvent

    def commit(self, log: AuditLog) -> tuple[Grant, ...]:
        """Record the event in ``log`` and return the new grants."""
        log.record(self.event)
        return self.grants


def _check_manager(by: str, designated_proxies: Collection[str]) -> str:
    """Only the patient or a proxy the profile designates may manage consent."""
    if by == "patient":
        return by
    kind, _, proxy_id = by.partition(":")
    if kind == "proxy" and proxy_id:
        if proxy_id in designated_proxies:
            return by
        raise NotAuthorizedError(
            f"{proxy_id!r} is not a designated proxy for this patient; the patient can designate "
            "proxies in the profile"
        )
    raise NotAuthorizedError(f"consent can be managed only by 'patient' or 'proxy:<id>', not {by!r}")


def grant(
    grants: Sequence[Grant],
    recipient: Recipient,
    categories: Iterable[str],
    purpose: str,
    *,
    at: datetime,
    expires_at: datetime,
    by: str = "patient",
    designated_proxies: Collection[str] = (),
    grant_id: str | None = None,
) -> ConsentChange:
    """Give ``recipient`` access to ``categories`` for ``purpose`` from ``at`` until ``expires_at``.

    ``by`` is "patient" or "proxy:<id>" (allowed only when ``<id>`` is in ``designated_proxies``,
    taken from the profile); the grant and the audit event record who acted.
    """
    actor = _check_manager(by, designated_proxies)
    if not isinstance(recipient, Recipient):
        raise ConsentError("recipient must be a Recipient (kind, id, display name)")
    new = Grant(
        grant_id=grant_id or secrets.token_urlsafe(12),
        recipient=recipient,
        categories=check_categories(categories),
        purpose=check_text(purpose, "purpose"),
        granted_at=at,
        expires_at=expires_at,
        granted_by=actor,
    )
    if any(existing.grant_id == new.grant_id for existing in grants):
        raise ConsentError(f"a grant with id {new.grant_id!r} already exists")
    event = AuditEvent(
        actor=actor,
        action="consent_change",
        categories=tuple(sorted(new.categories)),
        purpose=new.purpose,
        recipient=recipient.display_name,
        detail=f"allowed until {_plain(new.expires_at)}",
    )
    return ConsentChange((*grants, new), new, event)


def revoke(
    grants: Sequence[Grant],
    grant_id: str,
    *,
    at: datetime,
    by: str = "patient",
    designated_proxies: Collection[str] = (),
) -> ConsentChange:
    """Withdraw a grant from ``at`` on; the grant stays in the list, marked revoked, as a record."""
    actor = _check_manager(by, designated_proxies)
    moment = to_utc(at, "at")
    position = next((i for i, existing in enumerate(grants) if existing.grant_id == grant_id), None)
    if position is None:
        raise GrantNotFoundError(f"no grant with id {grant_id!r}; it may have been removed already")
    old = grants[position]
    if old.revoked_at is not None:
        raise ConsentError(f"this grant was already withdrawn on {_plain(old.revoked_at)}")
    revoked = replace(old, revoked_at=moment, revoked_by=actor)
    event = AuditEvent(
        actor=actor,
        action="consent_change",
        categories=tuple(sorted(old.categories)),
        purpose=old.purpose,
        recipient=old.recipient.display_name,
        detail="withdrawn",
    )
    return ConsentChange((*grants[:position], revoked, *grants[position + 1 :]), revoked, event)


def break_glass(
    grants: Sequence[Grant],
    recipient: Recipient,
    *,
    at: datetime,
    by: str,
    reason: str,
    duration: timedelta = BREAK_GLASS_DURATION,
    categories: Iterable[str] = EMERGENCY_CATEGORIES,
) -> ConsentChange:
    """Emergency sharing when the patient cannot consent: a short grant of the emergency categories.

    ``by`` names the person breaking the glass (e.g. "Paramedic Ana Silva") and ``reason`` says why;
    both go into the grant ("break_glass:<by>") and the audit event (action "break_glass"), which
    must be recorded — use :meth:`ConsentChange.commit`. Only :data:`EMERGENCY_CATEGORIES`, only for
    "emergency_care", for at most :data:`BREAK_GLASS_LONGEST`; the patient can revoke it early.
    """
    check_text(by, "the person breaking the glass")
    check_text(reason, "the reason for emergency access")
    if not isinstance(recipient, Recipient):
        raise ConsentError("recipient must be a Recipient (kind, id, display name)")
    chosen = check_categories(categories, EMERGENCY_CATEGORIES)
    if not timedelta(0) < duration <= BREAK_GLASS_LONGEST:
        raise ConsentError(
            f"emergency access lasts more than 0 and at most {BREAK_GLASS_LONGEST}, not {duration}"
        )
    moment = to_utc(at, "at")
    actor = f"break_glass:{by}"
    new = Grant(
        grant_id=secrets.token_urlsafe(12),
        recipient=recipient,
        categories=chosen,
        purpose=EMERGENCY_PURPOSE,
        granted_at=moment,
        expires_at=moment + duration,
        granted_by=actor,
        reason=reason,
    )
    event = AuditEvent(
        actor=actor,
        action="break_glass",
        categories=tuple(sorted(chosen)),
        purpose=EMERGENCY_PURPOSE,
        recipient=recipient.display_name,
        detail=f"{reason}; ends {_plain(new.expires_at)}",
    )
    return ConsentChange((*grants, new), new, event)
