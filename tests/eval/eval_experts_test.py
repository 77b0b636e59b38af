#!/usr/bin/python3
"""Tests of bench/eval-experts: its metrics against hand-computed values, its reading of the
directory, and a whole run (the real kennis-index and kennis-searchd) on the fictional
three-person corpus in fixture/.

    eval_experts_test.py --build BUILD_DIR                  (ctest: eval.experts_fixture)
    eval_experts_test.py --build BUILD_DIR --shared DIR --variant without-names
                                                            (ctest: eval.experts_fixture_without_names)

The first uses only the project's files: metrics, directory reading and a whole run of the
names variant. The second runs the without-names variant, which needs the shared folder's
tools/corpus/without_names.py; without it, it says so and exits 77 (ctest: skipped).
"""
import importlib.machinery
import importlib.util
import io
import json
import os
import sys
import unittest
from contextlib import redirect_stderr, redirect_stdout

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FIXTURE = os.path.join(HERE, "fixture")
BUILD = os.path.join(ROOT, "build")
SHARED = os.path.join(ROOT, "..", "shared")
VARIANT = "names"
SKIPPED = 77  # SKIP_RETURN_CODE in tests/eval/CMakeLists.txt


def load_eval_experts():
    sys.dont_write_bytecode = True  # nothing written into the source tree
    path = os.path.join(ROOT, "bench", "eval-experts")
    loader = importlib.machinery.SourceFileLoader("eval_experts", path)
    module = importlib.util.module_from_spec(importlib.util.spec_from_loader("eval_experts", loader))
    loader.exec_module(module)
    return module


ev = load_eval_experts()


class Metrics(unittest.TestCase):
    # Judged: a (2), b (1), c (1), d (2). Returned: a, someone unjudged, b, someone who matches
    # no judged person, c. Relevant at ranks 1, 3 and 5; d is never found.
    RANKED = ["a", "x", "b", None, "c"]
    GRADES = {"a": 2, "b": 1, "c": 1, "d": 2}

    def test_average_precision(self):
        # (1/1 + 2/3 + 3/5) / 4 judged = 2.26667 / 4
        self.assertAlmostEqual(ev.average_precision(self.RANKED, self.GRADES), 0.566667, places=5)

    def test_reciprocal_rank(self):
        self.assertEqual(ev.reciprocal_rank(self.RANKED, self.GRADES), 1.0)
        self.assertAlmostEqual(ev.reciprocal_rank([None, "x", "c"], self.GRADES), 1 / 3)

    def test_precision_at_5(self):
        self.assertAlmostEqual(ev.precision_at(self.RANKED, self.GRADES, 5), 0.6)
        self.assertAlmostEqual(ev.precision_at(["a"], self.GRADES, 5), 0.2)  # short lists still divide by 5

    def test_ndcg_at_10(self):
        # DCG  = 2/log2(2) + 1/log2(4) + 1/log2(6)               = 2 + 0.5 + 0.386853 = 2.886853
        # IDCG = 2/log2(2) + 2/log2(3) + 1/log2(4) + 1/log2(5)   = 2 + 1.261860 + 0.5 + 0.430677 = 4.192537
        self.assertAlmostEqual(ev.ndcg_at(self.RANKED, self.GRADES, 10), 2.886853 / 4.192537, places=5)
        self.assertAlmostEqual(ev.ndcg_at(["a", "d"], self.GRADES, 10), (2 + 2 / 1.584963) / 4.192537, places=5)

    def test_nothing_found_scores_zero(self):
        for name, value in ev.score_query([], self.GRADES).items():
            self.assertEqual(value, 0.0, name)
        self.assertEqual(ev.score_query([None, "x"], {"a": 1})["MAP"], 0.0)

    def test_means(self):
        m = ev.mean_scores([ev.score_query(["a"], {"a": 2}), ev.score_query([], {"a": 2})])
        self.assertEqual((m["MAP"], m["MRR"], m["P@5"], m["nDCG@10"]), (0.5, 0.5, 0.1, 0.5))
        self.assertIsNone(ev.mean_scores([])["MAP"])

    def test_dedupe_keeps_first_and_every_unmatched(self):
        self.assertEqual(ev.dedupe(["a", None, "a", None, "b"]), ["a", None, None, "b"])


class People(unittest.TestCase):
    def setUp(self):
        queries = ev.load_queries(FIXTURE)
        self.people = ev.People.from_corpus(FIXTURE, queries)

    def test_ldif_folding_and_base64(self):
        entries = ev.read_ldif(os.path.join(FIXTURE, "people", "people.ldif"))
        chloe = [e for e in entries if e.get("uid") == ["chloe.martin"]][0]
        self.assertEqual(chloe["cn"], ["Chloé Martin"])
        ada = [e for e in entries if e.get("uid") == ["ada.varga"]][0]
        self.assertEqual(ada["mail"], ["ada@example.org", "a.varga@example.net"])

    def test_every_address_uid_and_profile_id_map_to_the_person(self):
        for key in ("ada@example.org", "A.Varga@Example.NET", "ada.varga", "ldap:ada.varga"):
            self.assertEqual(self.people.uid(key), "ada.varga", key)
        self.assertEqual(self.people.uid(None, "nobody@example.org", "bram@example.be"), "bram.peeters")
        self.assertIsNone(self.people.uid("nobody@example.org"))

    def test_serialised_people_slot(self):
        self.assertEqual(ev.unserialise_list(b"3:abc5:de:fg"), ["abc", "de:fg"])
        self.assertEqual(ev.unserialise_list(b""), [])


class WholeRun(unittest.TestCase):
    """bench/eval-experts end to end on the fixture corpus, one variant (VARIANT)."""

    @classmethod
    def setUpClass(cls):
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            code = ev.main(["--corpus", FIXTURE, "--shared", SHARED, "--build", BUILD, "--variant", VARIANT, "--json"])
        cls.log = err.getvalue()
        assert code == 0, cls.log
        cls.result = json.loads(out.getvalue())

    def test_the_variant_all_queries_all_languages(self):
        self.assertEqual(sorted(self.result["variants"]), [VARIANT], self.log)
        for v in self.result["variants"].values():
            self.assertEqual(v["queries"], 4)
            for system in ("profiles", "candidates"):
                r = v["systems"][system]
                self.assertEqual(r["status"], "ok", r.get("errors"))
                self.assertEqual(r["overall"]["n"], 4)
                self.assertEqual({lang: r["by_lang"][lang]["n"] for lang in ev.LANGS},
                                 {"en": 1, "nl": 1, "fr": 1, "de": 1})

    def test_candidate_model_ranks_the_authors_first(self):
        # Each person's posts are the only text about their topic, so the pseudo-profile made
        # of them must come first; nobody wrote about the German query's topic.
        for v in self.result["variants"].values():
            first = {q["qid"]: q["first_relevant"] for q in v["systems"]["candidates"]["per_query"]}
            self.assertEqual(first, {"fixture-en-1": 1, "fixture-nl-1": 1, "fixture-fr-1": 1, "fixture-de-1": None})
            self.assertEqual(v["pseudo_profiles"], 3, "one pseudo-profile per person (Ada's two addresses are one)")

    def test_profiles_baseline_sees_only_profiles(self):
        # The profiles say nothing about tides or sourdough rising times.
        for v in self.result["variants"].values():
            self.assertEqual(v["systems"]["profiles"]["overall"]["MAP"], 0.0)

    def test_model_is_measured_or_reported_missing(self):
        for v in self.result["variants"].values():
            r = v["systems"]["model"]
            if r["status"] == "missing":
                self.assertIn("404", r["reason"])
                continue
            self.assertEqual(r["status"], "ok", r.get("errors"))
            for name, value in r["overall"].items():
                if name != "n":
                    self.assertTrue(0.0 <= value <= 1.0, (name, value))


def take_option(name, default):
    """Removes `name VALUE` from sys.argv (the rest goes to unittest) and returns VALUE."""
    if name not in sys.argv:
        return default
    i = sys.argv.index(name)
    value = sys.argv[i + 1]
    del sys.argv[i:i + 2]
    return value


if __name__ == "__main__":
    BUILD = os.path.abspath(take_option("--build", BUILD))
    SHARED = os.path.abspath(take_option("--shared", SHARED))
    VARIANT = take_option("--variant", VARIANT)
    if VARIANT == "without-names":
        tool = ev.without_names_tool(SHARED)
        if not os.path.isfile(tool):
            print("SKIP: the without-names variant needs the shared folder's corpus tool %s, which is "
                  "absent (a clone with nothing beside it; KENNIS_SHARED_DIR names the folder). "
                  "eval.experts_fixture tests everything else with the project's own files." % tool)
            sys.exit(SKIPPED)
        tests = unittest.defaultTestLoader.loadTestsFromTestCase(WholeRun)
        sys.exit(0 if unittest.TextTestRunner(verbosity=2).run(tests).wasSuccessful() else 1)
    unittest.main(verbosity=2)
