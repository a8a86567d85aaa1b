"""wayfarer.translate: the contract (concept, match), language detection, caps and bad input, the
lexical baseline, the learned matcher's files, the page API, and accuracy on the evaluation set."""

from __future__ import annotations

import asyncio
import hashlib
import json
import sys
import time
from pathlib import Path

import pytest

from wayfarer import terms, translate
from wayfarer._bridge import tokenizer
from wayfarer.translate import _api, _corpus, _learned

ROOT = Path(__file__).resolve().parents[2]
pytest.importorskip("onnxruntime")
pytest.importorskip("sentencepiece")


def english(phrase_id: str) -> str:
    text = translate.concept(phrase_id).text("en")
    assert text is not None
    return text


# --- concept ------------------------------------------------------------------------------------


def test_concept_works_for_phrases_and_vocabulary() -> None:
    phrase = translate.concept("phrase.need_ambulance")
    assert phrase.codes == {}
    assert phrase.text("en") == "I need an ambulance."
    assert phrase.text("de") == "Ich brauche einen Krankenwagen."
    assert phrase.text("zh-Hans") == phrase.text("zh")
    assert phrase.text("pt-BR") == phrase.text("pt")
    concept = translate.concept("condition.type_2_diabetes")
    assert concept.codes["snomed"] == "44054006"
    assert concept.text("en") == terms.concept("condition.type_2_diabetes").text("en")


def test_unknown_concept_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="unknown phrase or concept id"):
        translate.concept("phrase.does_not_exist")
    with pytest.raises(ValueError):
        translate.concept(42)  # type: ignore[arg-type]


def test_phrase_data_loads_cleanly() -> None:
    book = translate.phrase_book()
    assert book.problems == ()
    assert len(book.phrases) >= 100
    known = {concept.id for concept in terms.concepts()}
    for phrase in book.phrases:
        assert set(phrase.concepts) <= known, phrase.id
        for lang in terms.LANGUAGES:
            assert phrase.text(lang) is not None or lang in phrase.gaps, (phrase.id, lang)


# --- match contract -----------------------------------------------------------------------------


def test_match_returns_up_to_k_candidates_best_first_with_scores_in_range() -> None:
    for k in (1, 3, 5):
        found = translate.match("I need an ambulanse", "en", k=k)
        assert 1 <= len(found) <= k
        scores = [candidate.score for candidate in found]
        assert scores == sorted(scores, reverse=True)
        assert all(0.0 <= score <= 1.0 for score in scores)
        assert all(isinstance(candidate.concept_id, str) for candidate in found)
    assert translate.match("I need an ambulanse", "en")[0].concept_id == "phrase.need_ambulance"


def test_candidates_are_phrases_or_concepts() -> None:
    found = translate.match("penicillin", "en", k=5)
    kinds = {candidate.kind for candidate in found}
    assert "concept" in kinds
    for candidate in found:
        translate.concept(candidate.concept_id)


@pytest.mark.parametrize(
    ("text", "lang", "wanted"),
    [
        ("Ich brauche einen Krankenwagen", "de-AT", "phrase.need_ambulance"),
        ("我需要救护车", "zh-Hans", "phrase.need_ambulance"),
        ("Preciso de uma ambulancia", "pt-BR", "phrase.need_ambulance"),
        ("أحتاج إلى سيارة إسعاف", "ar-EG", "phrase.need_ambulance"),
    ],
)
def test_language_variants_fall_back_to_the_base_tag(text: str, lang: str, wanted: str) -> None:
    assert translate.match(text, lang)[0].concept_id == wanted


def test_no_language_means_detect() -> None:
    found = translate.match("J'ai besoin d'une ambulance", None)
    assert found.detected and found.lang == "fr"
    assert found[0].concept_id == "phrase.need_ambulance"


def test_a_script_that_does_not_fit_the_given_language_is_detected() -> None:
    found = translate.match("Мне нужна скорая помощь", "de")
    assert found.lang == "ru" and found.detected
    assert found[0].concept_id == "phrase.need_ambulance"


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_text_raises_value_error(text: str) -> None:
    with pytest.raises(ValueError, match="empty"):
        translate.match(text)


def test_bad_arguments_are_value_errors() -> None:
    with pytest.raises(ValueError):
        translate.match("pain", "xx")
    with pytest.raises(ValueError):
        translate.match("pain", "en", k=0)
    with pytest.raises(ValueError):
        translate.match("pain", "en", k=True)
    with pytest.raises(ValueError):
        translate.match(None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="no letters or digits"):
        translate.match("?!…", "en")


@pytest.mark.parametrize("text", ["שלום, אני צריך רופא", "მჭირდება ექიმი", "আমার ডাক্তার দরকার"])
def test_unsupported_script_gives_a_clear_message(text: str) -> None:
    with pytest.raises(translate.UnsupportedScriptError, match="script we cannot read"):
        translate.match(text)
    with pytest.raises(ValueError):
        translate.match(text, "en")


def test_a_huge_paste_is_truncated_and_flagged_never_frozen() -> None:
    text = "chest pain " * 1_000_000  # 11 MB
    started = time.monotonic()
    found = translate.match(text, "en")
    assert time.monotonic() - started < 2.0
    assert found.truncated
    assert found.to_json()["truncated"] is True
    assert not translate.match("chest pain", "en").truncated
    assert len(translate.MAX_CHARS * "x") == translate.MAX_CHARS


def test_low_confidence_is_flagged_so_the_ui_never_chooses() -> None:
    vague = translate.match("qzx vbnm", "en")
    assert vague.confident is False
    clear = translate.match("I need an ambulance", "en")
    assert clear.confident is True


def test_methods_can_be_chosen() -> None:
    for method in translate.METHODS:
        found = translate.match("Ich brauche einen Krankenwagen", "de", method=method)
        assert found.method == method
        assert found[0].concept_id == "phrase.need_ambulance"
    with pytest.raises(ValueError):
        translate.match("pain", "en", method="magic")  # type: ignore[arg-type]


def test_match_async_equals_match_under_cpython() -> None:
    sync = translate.match("j ai de la fievre", "fr")
    found = asyncio.run(translate.match_async("j ai de la fievre", "fr"))
    assert [c.concept_id for c in found] == [c.concept_id for c in sync]
    assert [c.score for c in found] == pytest.approx([c.score for c in sync])


# --- language detection -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I have a headache", "en"), ("Ich habe Kopfschmerzen", "de"), ("J'ai mal à la tête", "fr"),
        ("Me duele la cabeza", "es"), ("Ho mal di testa", "it"), ("Boli mnie głowa", "pl"),
        ("boli mnie glowa", "pl"), ("Έχω πονοκέφαλο", "el"), ("У меня болит голова", "ru"),
        ("Мені дуже погано", "uk"), ("Başım ağrıyor", "tr"), ("عندي صداع", "ar"), ("頭が痛いです", "ja"),
        ("我头疼", "zh"), ("머리가 아파요", "ko"), ("ฉันปวดหัว", "th"), ("मेरे सिर में दर्द है", "hi"),
        ("Tôi bị đau đầu", "vi"), ("Saya sakit kepala", "id"), ("Mám bolesti hlavy", "cs"),
        ("Jeg har hovedpine", "da"), ("Ik heb hoofdpijn", "nl"), ("Minulla on päänsärkyä", "fi"),
    ],
)  # fmt: skip
def test_detects_the_language(text: str, lang: str) -> None:
    assert translate.detect(text).lang == lang


def test_detection_on_the_phrase_corpus() -> None:
    wrong: dict[str, int] = {}
    total: dict[str, int] = {}
    for entry in _corpus.entries():
        if not entry.target.startswith("phrase.") or len(entry.text) < 15:
            continue
        total[entry.lang] = total.get(entry.lang, 0) + 1
        if translate.detect(entry.text).lang != entry.lang:
            wrong[entry.lang] = wrong.get(entry.lang, 0) + 1
    rates = {lang: 1 - wrong.get(lang, 0) / n for lang, n in total.items()}
    assert min(rates.values()) >= 0.8, sorted(rates.items(), key=lambda item: item[1])[:5]
    assert sum(total.values()) - sum(wrong.values()) >= 0.93 * sum(total.values())


# --- lexical baseline ---------------------------------------------------------------------------


def test_lexical_baseline_finds_every_phrase_by_its_own_text() -> None:
    misses = []
    checked = 0
    for phrase in translate.phrases():
        for lang in ("en", "de", "fr", "ar", "ja", "zh", "ru", "el"):
            text = phrase.text(lang)
            if text is None:
                continue
            checked += 1
            top = translate.match(text, lang, k=3, method="lexical")
            same_text = {c.concept_id for c in top if translate.concept(c.concept_id).text(lang) == text}
            if phrase.id not in same_text:
                misses.append((lang, phrase.id, [c.concept_id for c in top]))
    assert len(misses) <= checked * 0.01, misses[:10]


def test_lexical_baseline_tolerates_typos_and_missing_accents() -> None:
    assert (
        translate.match("jai besoin dune ambulence", "fr", method="lexical")[0].concept_id
        == "phrase.need_ambulance"
    )
    assert (
        translate.match("potrzebuje karetki", "pl", method="lexical")[0].concept_id == "phrase.need_ambulance"
    )


# --- the learned matcher's files ----------------------------------------------------------------


def test_matcher_labels_belong_to_the_committed_model_and_data() -> None:
    document = json.loads((ROOT / "py_modules/wayfarer/translate/data/matcher_labels.json").read_text())
    models = ROOT / "models"
    assert hashlib.sha256((models / document["model"]).read_bytes()).hexdigest() == document["model_sha256"]
    assert (
        hashlib.sha256((models / document["tokenizer"]).read_bytes()).hexdigest()
        == document["tokenizer_sha256"]
    )
    stale = set(_corpus.target_ids()) ^ set(document["labels"])
    assert not stale, (
        f"retrain: build_scripts/train_matcher.py ({len(stale)} labels differ, e.g. {sorted(stale)[:3]})"
    )
    for name in ("matcher.card.md",):
        assert (models / name).is_file()


def test_tokenizer_bridge_under_cpython() -> None:
    name = _learned.spec().tokenizer
    ids = tokenizer.encode(name, "i need an ambulance")
    assert ids and all(isinstance(i, int) for i in ids)
    with pytest.raises(tokenizer.TokenizerError):
        tokenizer.encode("../secret.model", "x")
    with pytest.raises(tokenizer.TokenizerError):
        tokenizer.encode("missing.model", "x")


def test_features_are_bounded_and_weighted() -> None:
    spec = _learned.spec()
    ids, weights = _learned.features("x" * 500, list(range(1, 400)), spec)
    assert len(ids) <= _learned.MAX_PIECES + _learned.MAX_GRAMS
    assert max(ids) < spec.pieces + spec.buckets
    assert sum(weights) == pytest.approx(2.0, rel=1e-5)


# --- the page API -------------------------------------------------------------------------------


def test_api_match_and_phrases_json() -> None:
    from wayfarer import api

    answer = json.loads(
        asyncio.run(api.call_json("translate.match", json.dumps(["chest pain", "en", 3, "ar"])))
    )
    result = answer["ok"]
    assert 1 <= len(result["candidates"]) <= 3
    first = result["candidates"][0]
    assert first["texts"]["ar"]["dir"] == "rtl" and first["texts"]["ar"]["lang"] == "ar"
    assert first["texts"]["en"]["reviewed"] is False
    error = json.loads(asyncio.run(api.call_json("translate.match", json.dumps(["", "en"]))))
    assert error["error"]["name"] == "EmptyTextError"
    phrases = _api.phrases_json("emergency", "en", "de")
    assert phrases and all({"en", "de"} <= set(p["texts"]) for p in phrases)
    assert _api.doctor_language("es") == "es" and _api.doctor_language("XX") is None


# --- accuracy on the evaluation set (written apart from the training text) ----------------------


def _eval_report() -> dict[str, object]:
    sys.path.insert(0, str(ROOT / "build_scripts"))
    import eval_translate

    lines = eval_translate.read_lines(eval_translate.DEFAULT_DATA)
    return eval_translate.evaluate(lines, ("combined",), detect=False)


@pytest.fixture(scope="module")
def eval_report() -> dict[str, object]:
    return _eval_report()


def test_eval_set_is_big_enough_and_resolves() -> None:
    lines = [json.loads(line) for line in (ROOT / "tests/data/translate_eval.jsonl").read_text().splitlines()]
    per_lang: dict[str, int] = {}
    for line in lines:
        per_lang[line["lang"]] = per_lang.get(line["lang"], 0) + 1
        assert ("en" in line) != ("snomed" in line)
    assert {"en", "de", "fr", "es", "it", "pl", "el", "ru", "tr", "ar", "ja", "zh"} <= set(per_lang)
    assert min(per_lang.values()) >= 20
    assert _eval_report()["unresolved"] == []


def test_accuracy_meets_the_issue_bar(eval_report: dict[str, object]) -> None:
    """Issue 8's bar (top-1 ≥ 95%, top-3 ≥ 99%), measured as in models/matcher.card.md."""
    overall = eval_report["combined"]["overall"]  # type: ignore[index]
    assert overall["top1"] >= 0.95 and overall["top3"] >= 0.99, overall
