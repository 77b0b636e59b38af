#!/usr/bin/env python3
"""Writes the Viva Engage test exports (fictional people). The CSV files are committed; this
script documents how they were made and remakes them: python3 make_fixtures.py"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(path, header, rows, bom=False, tail=""):
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow([r.get(h, "") for h in header])
    data = ("\ufeff" if bom else "") + out.getvalue() + tail
    with open(os.path.join(HERE, path), "w", encoding="utf-8", newline="") as f:
        f.write(data)


USERS = ["id", "name", "email", "job_title", "location", "department", "api_url", "deleted_by_id",
         "deleted_by_type", "joined_at", "deleted_at", "suspended_by_id", "suspended_by_type",
         "suspended_at", "guid", "state"]
write("export/Users.csv", USERS, [
    {"id": "1001", "name": "Alice Vermeulen", "email": "Alice.Vermeulen@Example.ORG", "job_title": "Data Engineer",
     "location": "Utrecht", "department": "Engineering", "joined_at": "2019-01-24 18:02:48 UTC", "state": "active"},
    {"id": "1002", "name": "Bob Dekker", "email": "bob.dekker@example.org", "department": "Sales",
     "deleted_at": "2023-05-01 10:00:00 UTC", "state": "soft_delete"},
    {"id": "1003", "name": "Carla Jansen", "state": "active"},
    {"id": "", "name": "Nobody"},
], bom=True)

write("export/Groups.csv", ["id", "name", "description", "private", "deleted", "api_url"], [
    {"id": "501", "name": "Engineering", "description": "Builders", "private": "false", "deleted": "false"},
    {"id": "502", "name": "Board Room", "description": "Board only", "private": "true", "deleted": "false"},
])

write("export/Files.csv", ["id", "name", "description", "uploader_id"], [
    {"id": "9001", "name": "roadmap.pptx", "description": "Roadmap", "uploader_id": "1001"},
])

# Columns in another order than the real export, one of them unknown: read by name.
MESSAGES = ["id", "body", "sender_email", "sender_name", "sender_id", "sender_type", "replied_to_id",
            "thread_id", "conversation_id", "group_id", "group_name", "participants", "in_private_group",
            "in_private_conversation", "api_url", "attachments", "deleted_by_id", "deleted_by_type",
            "created_at", "deleted_at", "unknown_future_column"]
rows = [
    # line 2-4: a thread starter with a multi-line body, mentions and an attached file
    {"id": "2001", "thread_id": "2001", "group_id": "501", "group_name": "Engineering",
     "in_private_group": "false", "in_private_conversation": "false", "sender_id": "1001",
     "sender_type": "user", "sender_name": "Alice Vermeulen", "sender_email": "Alice.Vermeulen@Example.ORG",
     "body": "Kick-off tomorrow.\nBring [[user:1002]] and [[user:1003]], \"quoted\" text,\n[[tag:77]] and [[group:502]].",
     "attachments": "uploadedfile:9001", "created_at": "2024-03-01 09:30:00 UTC"},
    # line 5: a reply; no sender_email, so the author comes from Users.csv
    {"id": "2002", "replied_to_id": "2001", "thread_id": "2001", "group_id": "501", "group_name": "Engineering",
     "in_private_group": "false", "in_private_conversation": "false", "sender_id": "1002",
     "sender_name": "Bob Dekker", "body": "Count me in", "created_at": "2024-03-01 10:00:00 UTC"},
    # line 6: a private group
    {"id": "2003", "thread_id": "2003", "group_id": "502", "group_name": "Board Room",
     "in_private_group": "true", "in_private_conversation": "false", "sender_id": "1001",
     "sender_email": "alice.vermeulen@example.org", "body": "Quarterly numbers", "created_at": "2024-03-02 08:00:00 UTC"},
    # line 7: a private conversation
    {"id": "2004", "thread_id": "2004", "conversation_id": "42", "participants": "user:1001,user:1003",
     "in_private_group": "false", "in_private_conversation": "true", "sender_id": "1003", "sender_name": "Carla Jansen",
     "body": "Just between us", "created_at": "2024-03-02 09:00:00 UTC"},
    # line 8: deleted in the source
    {"id": "2005", "thread_id": "2001", "replied_to_id": "2001", "group_name": "Engineering", "sender_id": "1001",
     "body": "oops", "created_at": "2024-03-02 10:00:00 UTC", "deleted_at": "2024-03-02 10:01:00 UTC"},
    # line 9: a bad date
    {"id": "2006", "thread_id": "2006", "group_name": "Engineering", "sender_id": "1001", "body": "when?",
     "created_at": "yesterday"},
    # line 10: a sender without e-mail, anywhere
    {"id": "2007", "thread_id": "2007", "group_name": "Engineering", "sender_id": "1003", "sender_name": "Carla Jansen",
     "body": "No address for me", "created_at": "2024-03-03 11:00:00 UTC"},
]
rows.append(
    # line 11-13: a thread starter with a subject line
    {"id": "2010", "thread_id": "2010", "group_id": "501", "group_name": "Engineering", "sender_id": "1001",
     "sender_email": "alice.vermeulen@example.org", "body": "Roadmap review\n\nSlides are in the usual place.",
     "created_at": "2024-03-04 12:00:00 UTC"})
tail = (
    "2008,too few fields\r\n"            # line 14: wrong field count
    "\r\n"                               # line 15: blank
    "2009,\"Last one,\r\n"               # line 16: a quote never closed
    "it never ends\r\n"
)
write("export/Messages.csv", MESSAGES, rows, tail=tail)

write("missing_column/Users.csv", USERS, [{"id": "1001", "name": "Alice Vermeulen", "state": "active"}])
write("missing_column/Messages.csv", ["id", "sender_id", "created_at"],
      [{"id": "1", "sender_id": "1001", "created_at": "2024-03-01 09:30:00 UTC"}])
