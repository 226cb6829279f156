"""newslint/data/build_outlets.py on small inputs."""

from __future__ import annotations

import json

from newslint.data import build_outlets


def test_norm_domain():
    assert build_outlets.norm_domain("https://www.Example.com/path?q=1") == "example.com"
    assert build_outlets.norm_domain("//telesurtv.net") == "telesurtv.net"
    assert build_outlets.norm_domain("aa.com.tr/en") == "aa.com.tr"


def test_build_quality_and_rsp(tmp_path):
    lin = tmp_path / "pc1.csv"
    lin.write_text("domain,pc1\nexample.com,0.5\nwww.example.com,0.4\nnews.org,0.912345\n", encoding="utf-8")
    assert build_outlets.build_quality(lin) == [("example.com", 0.4), ("news.org", 0.912345)]

    old = tmp_path / "old.csv"
    old.write_text(
        'id,name,status,status_n,wiki_url,urls,urls_n,info\n'
        '1,Old Paper,"[""Deprecated""]",1,u,"[""www.oldpaper.com"", ""youtube.com/x""]",2,x\n'
        '2,Both,"[""Generally reliable""]",1,u,"[""both.com""]",1,x\n',
        encoding="utf-8",
    )
    new = tmp_path / "new.jsonl"
    new.write_text(json.dumps({"alltext": "{{WP:RSPUSES|both.com|both.net}}", "name": "[[Both (paper)|Both]]", "status": "gu"}) + "\n",
                   encoding="utf-8")
    rows = build_outlets.build_rsp(old, new)
    assert ("both.com", "gu", "Both") in rows  # the newer parse wins
    assert ("oldpaper.com", "d", "Old Paper") in rows
    assert not [r for r in rows if r[0] == "youtube.com"]  # platform verdicts are per account


def test_main_writes_files(tmp_path):
    lin = tmp_path / "pc1.csv"
    lin.write_text("domain,pc1\nexample.com,0.5\n", encoding="utf-8")
    old = tmp_path / "old.csv"
    old.write_text("id,name,status,status_n,wiki_url,urls,urls_n,info\n", encoding="utf-8")
    new = tmp_path / "new.jsonl"
    new.write_text("", encoding="utf-8")
    rc = build_outlets.main(["--lin", str(lin), "--rsp-2021", str(old), "--rsp-2026", str(new), "--out", str(tmp_path)])
    assert rc == 0
    text = (tmp_path / "domain_quality.tsv").read_text(encoding="utf-8")
    assert "pgad286" in text and "example.com\t0.500" in text
    assert "CC BY-SA 4.0" in (tmp_path / "rsp_status.tsv").read_text(encoding="utf-8")
