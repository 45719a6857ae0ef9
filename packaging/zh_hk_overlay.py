"""Write resources/translations/complaintbook_zh_HK.ts: what Hong Kong says differently.

The zh_HK catalogue is an overlay installed over zh_TW's (ui/shell/i18n.py). It holds the
zh_TW messages whose wording Hong Kong changes (HK_WORDS), plus HK_MESSAGES written
for Hong Kong outright. Run it from the repository root after the zh_TW catalogue
changes: ``python packaging/zh_hk_overlay.py``. tests/house/test_glossary.py fails until then.
"""

from __future__ import annotations

import html
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"

# Taiwan word -> Hong Kong word, longest first where one contains another.
HK_WORDS = (
    ("身分證", "身份證"),
    ("身分", "身份"),
    ("網路", "網絡"),
    ("列印", "打印"),
    ("軟體", "軟件"),
    ("電子郵件", "電郵"),
    ("簡訊", "短訊"),
    ("數位", "數碼"),
    ("資料庫", "數據庫"),
    ("品質", "質素"),
    ("帳戶", "賬戶"),
    ("帳號", "賬號"),
    ("行動電話", "手提電話"),
    ("臨櫃", "親臨分行"),
    ("行員", "職員"),
    ("聯徵", "環聯"),
)
# Messages Hong Kong words differently as a whole: English source -> text.
HK_MESSAGES: dict[str, str] = {}


def hk(text: str) -> str:
    for taiwan, hong_kong in HK_WORDS:
        text = text.replace(taiwan, hong_kong)
    return text


def _escape(text: str) -> str:
    return html.escape(text, quote=False).replace("'", "&apos;").replace('"', "&quot;")


def overlay() -> str:
    """The zh_HK catalogue as lupdate would write it, from today's zh_TW catalogue."""
    root = ET.parse(TS_DIR / "complaintbook_zh_TW.ts").getroot()
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        '<TS version="2.1" language="zh_HK">',
    ]
    for context in root.iter("context"):
        messages = []
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            disambiguation = message.findtext("comment")
            comment = (
                f"        <comment>{_escape(disambiguation)}</comment>\n" if disambiguation else ""
            )
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                continue
            forms = [n.text or "" for n in translation.iter("numerusform")]
            if forms:
                new_forms = [hk(f) for f in forms]
                if new_forms == forms:
                    continue
                body = "".join(
                    f"\n            <numerusform>{_escape(f)}</numerusform>" for f in new_forms
                )
                messages.append(
                    '    <message numerus="yes">\n'
                    f"        <source>{_escape(source)}</source>\n{comment}"
                    f"        <translation>{body}\n        </translation>\n    </message>"
                )
                continue
            text = translation.text or ""
            new = HK_MESSAGES.get(source) or hk(text)
            if new != text:
                messages.append(
                    "    <message>\n"
                    f"        <source>{_escape(source)}</source>\n{comment}"
                    f"        <translation>{_escape(new)}</translation>\n    </message>"
                )
        if messages:
            name = context.findtext("name") or ""
            out += ["<context>", f"    <name>{_escape(name)}</name>", *messages, "</context>"]
    out.append("</TS>")
    return "\n".join(out) + "\n"


def main() -> int:
    (TS_DIR / "complaintbook_zh_HK.ts").write_text(overlay(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
