"""Searching the register: Chinese words of any length, Vietnamese with or without
accents, parts of numbers; the list pages by key, not by OFFSET.

Runs on SQLite (bigram index) and PostgreSQL (substring match); same answers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from models.register import lifecycle, queries
from models.register.complaints import create_complaint, form_of, update_complaint
from models.register.queries import ListFilter
from models.search import index as search
from models.search.index import match_expression
from models.search.tokens import document, text_of
from models.storage.db import atomic

from ui.complaints import register_model
from ui.complaints.register_model import RegisterModel

from tests.factories import make_form


def _found(term: str) -> set[str]:
    flt = ListFilter(search=term)
    rows = queries.page(flt, 0, 100)
    assert queries.count(flt) == len(rows)
    return {r.summary for r in rows}


@pytest.fixture
def sample(manager):  # type: ignore[no-untyped-def]
    create_complaint(manager, make_form(summary="要求退款", description="顾客要求全额退款。"))
    create_complaint(
        manager,
        make_form(summary="ATM机吞卡", description="", customer_phone="13812345678"),
    )
    create_complaint(
        manager,
        make_form(
            summary="Nhân viên thiếu lịch sự",
            customer_name="Nguyễn Văn Bình",
            description="Khách chờ 40 phút.",
            customer_phone="0901234567",
        ),
    )
    create_complaint(manager, make_form(summary="Card refund refused", description="100% sure"))
    return manager


def test_two_character_chinese_words_are_found(sample) -> None:
    assert _found("退款") == {"要求退款"}
    assert _found("吞卡") == {"ATM机吞卡"}
    assert _found("款") == {"要求退款"}  # one character, at the end of a run
    assert _found("要求退") == {"要求退款"}
    assert _found("退钱") == set()


def test_vietnamese_with_or_without_accents_and_english_word_starts(sample) -> None:
    assert _found("Nguyễn") == {"Nhân viên thiếu lịch sự"}
    assert _found("nguyen binh") == {"Nhân viên thiếu lịch sự"}
    assert _found("REFUND") == {"Card refund refused"}
    assert _found("ref") == {"Card refund refused"}
    assert _found("atm机") == {"ATM机吞卡"}


def test_any_part_of_a_phone_or_register_number(sample) -> None:
    assert _found("5678") == {"ATM机吞卡"}
    assert _found("4567") == {"ATM机吞卡", "Nhân viên thiếu lịch sự"}
    assert _found("BR01-") == _found("br01") and len(_found("br01")) == 4
    number = queries.page(ListFilter(search="吞卡"), 0, 1)[0].register_no
    assert _found(number) == {"ATM机吞卡"}


def test_punctuation_is_still_found_as_written(sample) -> None:
    assert match_expression("%") is None
    assert _found("100%") == {"Card refund refused"}
    assert _found("%") == {"Card refund refused"}


def test_index_follows_edits_and_a_failed_save_changes_nothing(sample) -> None:
    row = queries.page(ListFilter(search="吞卡"), 0, 1)[0]
    from models.register.complaints import get_complaint

    c = get_complaint(row.id)
    form = form_of(c)
    form.summary = "存折被机器吞了"
    update_complaint(sample, c.id, form, c.version)
    assert _found("吞卡") == set() and _found("存折") == {"存折被机器吞了"}
    with pytest.raises(RuntimeError), atomic():
        create_complaint(sample, make_form(summary="理财产品亏损"))
        raise RuntimeError("power cut before commit")
    assert _found("理财") == set()


def _terms() -> set[str]:
    from models.storage.db import database

    return {row[0] for row in database.execute_sql(f"SELECT term FROM {search.TERMS_TABLE}")}


@pytest.mark.sqlite_only
def test_a_prefix_is_searched_as_the_whole_words_it_stands_for(
    manager, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One Chinese character or the start of a word: looked up in the word list and
    searched as those words, with the same answers as FTS5's own prefix search."""
    from models.storage.db import database

    for summary in ("银行卡被盗刷", "信用卡到期", "ATM吞卡", "Khách hàng chờ lâu", "Khá lâu"):
        create_complaint(manager, make_form(summary=summary, description=""))
    # One or two characters: FTS5's own prefix indexes; longer: the word list.
    assert search.expression(database.obj, "卡") == 'body : "卡"*'
    assert _found("卡") == {"银行卡被盗刷", "信用卡到期", "ATM吞卡"}
    expression = search.expression(database.obj, "khá")
    assert expression == 'body : ("kha" OR "khach")'
    assert _found("银行卡") == {"银行卡被盗刷"}
    assert {"khach", "kha"} <= _terms() and "khách" not in _terms()  # stored as FTS5 does
    assert _found("khá") == _found("kha") == {"Khách hàng chờ lâu", "Khá lâu"}
    assert _found("hàng ch") == {"Khách hàng chờ lâu"}
    assert _found("atm吞") == {"ATM吞卡"}  # the prefix ends a phrase: "atm 吞卡"
    # A prefix standing for more words than are listed is left to FTS5: same answers.
    monkeypatch.setattr(search, "MAX_EXPANSION", 1)
    assert "OR" not in search.expression(database.obj, "khá")
    assert _found("khá") == {"Khách hàng chờ lâu", "Khá lâu"}


def _upgrade_from(
    home: Path,
    version: int,
    options: str,
    *,
    without_terms: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Give the register the search index an older version made (FTS5 ``options``, with
    a copy of the text), mark it that version and open it again: the upgrade runs."""
    from models.maintenance import migrations
    from models.maintenance.store import open_store
    from models.storage.db import database
    from models.storage.schema import Complaint, Meta

    database.execute_sql(f"DROP TABLE {search.FTS_TABLE}")
    database.execute_sql(
        f"CREATE VIRTUAL TABLE {search.FTS_TABLE} USING fts5(body, extra, {options}"
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    search.index_rows(database.cursor(), [(c.id, c.__data__) for c in Complaint.select()])
    if without_terms:
        database.execute_sql(f"DROP TABLE {search.TERMS_TABLE}")
    Meta.update(value=str(version)).where(Meta.key == "schema_version").execute()
    database.close()
    open_store(home, upgrade_progress=progress)
    assert Meta.get(Meta.key == "schema_version").value == str(migrations.SCHEMA_VERSION)


@pytest.mark.sqlite_only
def test_an_upgraded_register_gets_its_word_list_from_the_index(home, manager) -> None:
    """Version 6 had the index without prefix indexes or word list; the upgrade makes
    both from the index."""
    from models.storage.db import database

    create_complaint(manager, make_form(summary="Khách hàng chờ lâu", description="退款 0901"))
    _upgrade_from(home, 6, "", without_terms=True)  # as version 6 made the index
    assert {"khach", "hang", "退款", "款"} <= _terms() and "0901" not in _terms()
    assert _found("kh") == _found("khá") == {"Khách hàng chờ lâu"}
    sql = database.execute_sql(
        "SELECT sql FROM sqlite_master WHERE name = ?", (search.FTS_TABLE,)
    ).fetchone()[0]
    assert "prefix = '1 2'" in sql


def _index_entries(table: str) -> list[tuple]:
    """Every (complaint, token, column, position) an FTS5 table holds, read from the
    index itself."""
    from models.storage.db import database

    database.execute_sql(f"CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, {table}, instance)")
    try:
        return database.execute_sql(
            "SELECT doc, term, col, offset FROM temp.v ORDER BY 1, 3, 4, 2"
        ).fetchall()
    finally:
        database.execute_sql("DROP TABLE temp.v")


def _entries_made_afresh() -> list[tuple]:
    """What the index would hold if it were made now from the register."""
    from models.storage.db import database
    from models.storage.schema import Complaint

    database.execute_sql(
        f"CREATE VIRTUAL TABLE fresh USING fts5(body, extra, tokenize = '{search.TOKENIZER}')"
    )
    try:
        for c in Complaint.select():
            database.execute_sql(
                "INSERT INTO fresh (rowid, body, extra) VALUES (?, ?, ?)",
                (c.id, *document(text_of(c.__data__))),
            )
        return _index_entries("fresh")
    finally:
        database.execute_sql("DROP TABLE fresh")


@pytest.mark.sqlite_only
def test_edited_complaints_leave_nothing_of_their_old_text_in_the_index(sample) -> None:
    """The index keeps no copy of the text: an edit removes the old entry by making its
    tokens again from the complaint as stored. Whatever was edited, the index must hold
    exactly what indexing the register afresh would."""
    from models.register.complaints import get_complaint

    for row in queries.page(ListFilter(), 0, 10):
        c = get_complaint(row.id)
        form = form_of(c)
        form.summary = f"改过了 {c.summary} edited"
        form.customer_name = "Trần Thị Mai"
        form.customer_phone = "0912345678"
        c = update_complaint(sample, c.id, form, c.version)
        form.description = "第二次修改 second edit 4321"
        update_complaint(sample, c.id, form, c.version)
    assert _index_entries(search.FTS_TABLE) == _entries_made_afresh()
    assert _found("吞卡") == {"改过了 ATM机吞卡 edited"}
    assert _found("顾客要求") == set() and len(_found("第二次")) == 4
    assert _found("3812") == set() and len(_found("2345678")) == 4  # old and new phones


@pytest.mark.sqlite_only
def test_an_upgrade_makes_the_index_again_without_its_copy_of_the_text(home, manager) -> None:
    """Up to version 11 FTS5 kept a copy of every entry's tokens (a sixth of the file);
    version 12 makes the index again from the register, and edits keep it in step."""
    from models.storage.db import database
    from models.storage.schema import Complaint

    create_complaint(manager, make_form(summary="ATM机吞卡", description="Khách 0901"))
    for summary in ("Một", "二", "Three"):
        create_complaint(manager, make_form(summary=summary))
    steps: list[tuple[int, int]] = []
    _upgrade_from(home, 11, "prefix = '1 2', ", progress=lambda *step: steps.append(step))
    # The upgrade reports its progress: four complaints, then the merging as a third more
    # (then a later step's own: the audit trail's events, schema 15).
    assert steps[:3] == [(0, 5), (4, 5), (5, 5)]
    sql = database.execute_sql(
        "SELECT sql FROM sqlite_master WHERE name = ?", (search.FTS_TABLE,)
    ).fetchone()[0]
    assert "content = ''" in sql and not database.table_exists(f"{search.FTS_TABLE}_content")
    assert _found("吞卡") == _found("khach") == _found("901") == {"ATM机吞卡"}
    assert (
        int(
            database.execute_sql(
                f"SELECT v FROM {search.FTS_TABLE}_config WHERE k = 'automerge'"
            ).fetchone()[0]
        )
        == search.AUTOMERGE
    )
    from models.register.complaints import get_complaint

    c = get_complaint(Complaint.select().first().id)
    form = form_of(c)
    form.summary = "存折被吞"
    update_complaint(manager, c.id, form, c.version)
    assert _found("吞卡") == set() and _found("存折") == {"存折被吞"}
    assert _index_entries(search.FTS_TABLE) == _entries_made_afresh()


def test_document_tokens() -> None:
    body, extra = document("退款了 ATM 0901")
    assert body.split() == ["退款", "款了", "了", "atm", "0901"]
    assert extra.split() == ["901", "01"]


def test_list_pages_by_key_and_matches_offset_paging(
    manager, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(register_model, "PAGE_SIZE", 7)
    for i in range(40):
        create_complaint(
            manager,
            make_form(
                summary=f"Complaint {i}",
                received_at=dt.datetime(2026, 9 + i % 2, 1, 9) + dt.timedelta(minutes=i),
            ),
        )
    expected = [r.register_no for r in queries.page(ListFilter(), 0, 100)]
    model = RegisterModel()
    model.set_filter(ListFilter())
    last = model.data(model.index(39, 0))  # jump to the end first: read backwards
    assert last == expected[39]
    assert [model.data(model.index(i, 0)) for i in range(40)] == expected  # paging down
    model.set_filter(ListFilter())
    assert [model.data(model.index(i, 0)) for i in reversed(range(40))] == expected[::-1]
    model.sort(0, register_model.Qt.SortOrder.AscendingOrder)
    assert [model.data(model.index(i, 0)) for i in range(40)] == expected[::-1]


def test_a_jump_into_the_middle_shows_the_same_rows_as_reading_down_to_them(
    manager, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Far from both ends the list skips whole months (counted once) instead of every row
    before the one asked for; the rows must be those paging would have shown, in both
    orders and with a filter."""
    monkeypatch.setattr(register_model, "PAGE_SIZE", 7)
    monkeypatch.setattr(register_model, "FAR", 7)
    for i in range(120):
        c = create_complaint(
            manager,
            make_form(
                summary=f"Complaint {i}",
                received_at=dt.datetime(2026, 6 + i % 4, 1, 9) + dt.timedelta(minutes=i),
            ),
        )
        if i % 3 == 0:
            lifecycle.acknowledge(manager, c.id)
    for flt in (ListFilter(), ListFilter(descending=False), ListFilter(status="acknowledged")):
        expected = [r.register_no for r in queries.page(flt, 0, 200)]
        for row in (len(expected) // 2, len(expected) // 2 + 5, 8):
            model = RegisterModel()
            model.set_filter(flt)
            assert model.data(model.index(row, 0)) == expected[row]
            assert model._months  # the months were counted: the far jump was taken
            shown = [model.data(model.index(i, 0)) for i in range(row, row + 7)]
            assert shown == expected[row : row + 7]


def test_a_long_search_on_the_server_counts_the_first_matches_then_the_rest(
    manager, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On the branch server a search is counted up to a cap at first (PostgreSQL reads
    every match to count them); the list grows to all of them when scrolled to the end.
    On a PC the index counts them all at once."""
    from models.storage.db import is_sqlite

    monkeypatch.setattr(queries, "SEARCH_COUNT_CAP", 5)
    for i in range(12):
        create_complaint(manager, make_form(summary=f"hummingbird {i}"))
    create_complaint(manager, make_form(summary="something else"))
    flt = ListFilter(search="hummingbird")
    expected = [r.register_no for r in queries.page(flt, 0, 50)]
    assert len(expected) == 12
    model = RegisterModel()
    model.set_filter(flt)
    if is_sqlite():
        assert (model.rowCount(), model.complete, model.canFetchMore()) == (12, True, False)
    else:
        assert (model.rowCount(), model.complete, model.canFetchMore()) == (5, False, True)
        assert [model.data(model.index(i, 0)) for i in range(5)] == expected[:5]
        model.fetchMore()
        assert (model.rowCount(), model.complete) == (12, True)
    assert [model.data(model.index(i, 0)) for i in range(12)] == expected
    # With another filter beside the search words, the same through the complaint table.
    model.set_filter(ListFilter(search="hummingbird", status="received"))
    assert (model.rowCount(), model.complete) == ((12, True) if is_sqlite() else (5, False))


def test_partial_indexes_are_used_for_the_home_view(store, manager) -> None:
    """The open-complaint lists and the unanswered-book count read their partial indexes,
    so the home view costs the same after ten years (SQLite plans; PostgreSQL decides
    by its own statistics)."""
    from models.register.queries import WORKING_SQL
    from models.storage.db import database, is_sqlite

    sql = database.execute_sql(
        "SELECT sql FROM sqlite_master WHERE name = 'complaint_working_due'"
        if is_sqlite()
        else "SELECT indexdef FROM pg_indexes WHERE indexname = 'complaint_working_due'"
    ).fetchone()[0]
    if not is_sqlite():
        return
    assert WORKING_SQL in sql
    from models.demo.demo_bulk import fill_register

    fill_register(600, months=24, seed=5)  # years of register: few still open
    plan = " ".join(
        str(row)
        for row in database.execute_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM complaint WHERE "
            + WORKING_SQL
            + " AND due_date < '2026-11-01' ORDER BY due_date, id LIMIT 50"
        )
    )
    assert "complaint_working_due" in plan and "TEMP B-TREE" not in plan
    flagged = " ".join(
        str(row)
        for row in database.execute_sql(
            "EXPLAIN QUERY PLAN SELECT count(*) FROM opinion_entry WHERE kind = 'complaint' "
            "AND complaint_id IS NULL AND reply_date IS NULL AND created_at <= '2026-11-01'"
        )
    )
    assert "opinion_entry_unanswered" in flagged
    # Home's other dates and a manager's root-cause requests read small indexes of their own.
    from models.register.systemic import WIDE_SCOPES

    wide = database.execute_sql(
        "SELECT sql FROM sqlite_master WHERE name = 'complaint_wide_scope'"
    ).fetchone()[0]
    assert "scope IN (" + ", ".join(f"'{s}'" for s in WIDE_SCOPES) + ")" in wide
    others = " ".join(
        str(row)
        for row in database.execute_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM complaint WHERE first_due IS NOT NULL "
            "UNION ALL SELECT id FROM complaint WHERE promised_at IS NOT NULL"
        )
    )
    assert "complaint_first_due" in others and "complaint_promised_at" in others
    asked = " ".join(
        str(row)
        for row in database.execute_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM event WHERE kind = 'extension_request'"
        )
    )
    assert "event_extension_request" in asked


@pytest.mark.sqlite_only
def test_the_index_merges_sixteen_segments_at_a_time(store) -> None:
    """Set by the schema (version 10): with FTS5's default of 4, one save in 64 waited
    on a merge of the index. Its effect is measured in bench/, not here."""
    from models.storage.db import database

    row = database.execute_sql(
        f"SELECT v FROM {search.FTS_TABLE}_config WHERE k = 'automerge'"
    ).fetchone()
    assert row is not None and int(row[0]) == search.AUTOMERGE == 16


@pytest.mark.sqlite_only
def test_the_index_buffers_a_bulk_load_before_writing_it(store) -> None:
    """Set by the schema (version 11): FTS5 writes a transaction's entries out every
    32 MB instead of every 1 MB. Its effect (a third off each bulk-loaded complaint's
    index entry) is measured in bench/, not here."""
    from models.storage.db import database

    row = database.execute_sql(
        f"SELECT v FROM {search.FTS_TABLE}_config WHERE k = 'hashsize'"
    ).fetchone()
    assert row is not None and int(row[0]) == search.PENDING_BYTES == 32 * 1024 * 1024
