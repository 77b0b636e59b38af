# -*- coding: utf-8 -*-
"""Tiny helpers to write threads and documents compactly."""


def P(author, lang, body, to=None, m=None, likes=None, rx=None, gap=None, tags=None):
    """One post.

    to   -- index (within the thread) of the post this one answers; default 0.
    m    -- mentioned person ids.
    gap  -- hours after the previous post of the thread; default is derived
            deterministically from the position in the thread.
    """
    return dict(author=author, lang=lang, body=body, to=to, mentions=m,
                likes=likes, reactions=rx, gap=gap, tags=tags)


def T(group, start, posts, title=None, tags=None, persons=None, source=None):
    """A thread: group (None for direct messages), local start time
    'YYYY-MM-DD HH:MM' in the first author's office time zone, and posts."""
    return dict(group=group, start=start, posts=posts, title=title, tags=tags,
                persons=persons, source=source)


def D(id_hint, title, lang, created, authors, path, body, updated=None, owner=None,
      group=None, acl=None, tags=None):
    """A document. body paragraphs are separated by blank lines."""
    return dict(title=title, lang=lang, created=created, authors=authors, path=path,
                body=body, updated=updated, owner=owner, group=group, acl=acl,
                tags=tags, id_hint=id_hint)
