"""The claim matcher: query cleaning, the date and media features, and the ranking they change."""

from __future__ import annotations

import dataclasses

from sqlite_utils import Database

from checker.model import Analysis, Claim
from checker.store import articles, claim_matching
from checker.store.claim_matching import (
    FEATURES,
    MatchWeights,
    claim_features,
    clean_query,
    date_features,
    post_date,
    rank_claims,
)

AMAZON_TWEET = (
    "The Amazon rainforest has been burning for 3 weeks, and I'm just now finding out because of "
    "the lack of media coverage. #PrayforAmazonia pic.twitter.com/HHVnaM66VV "
    "— tyler (@tyswizzlee) August 20, 2019"
)


def store_fact_check(db: Database, claim: str, headline: str) -> int:
    """Store a fact-check as the benchmark does (headline as title); its claim's row id."""
    analysis = Analysis(
        source=headline,
        published=None,
        claims=(Claim(id="c1", text=claim, start=0, end=len(claim), kind="vclaim"),),
        text=claim,
    )
    body = articles.store_article(db, analysis, text=claim, title=headline).body
    return body["claims"][0]["stored_id"]


def test_clean_query_drops_links_and_date_and_splits_tags():
    cleaned = clean_query(AMAZON_TWEET)
    assert "pic.twitter.com" not in cleaned
    assert "August 20, 2019" not in cleaned
    assert "PrayforAmazonia Prayfor Amazonia" in cleaned
    assert cleaned.endswith("— tyler (tyswizzlee tyswizzlee)")


def test_post_date_reads_the_sign_off():
    assert post_date(AMAZON_TWEET) == (2019, 8)
    assert post_date('Vote early! — Ann Lee (@annlee) Oct. 3 2019"') is None
    assert post_date("No sign-off here at all") is None


def test_date_features_same_month_same_year_other_year():
    posted = (2019, 8)
    assert date_features(posted, "Portions of the Amazon were on fire in August 2019.") == (
        1.0,
        1.0,
        0.0,
    )
    # a month either side still counts; a bare year is only the same year
    assert date_features(posted, "A video shows a fire in Sept. 2019.") == (1.0, 1.0, 0.0)
    assert date_features(posted, "The 2019 budget cut park rangers.") == (0.0, 1.0, 0.0)
    assert date_features(posted, "Smoke covered Sao Paulo in June 2012.") == (0.0, 0.0, 1.0)
    assert date_features(posted, "No date in this claim.") == (0.0, 0.0, 0.0)
    assert date_features(None, "Fires burned in August 2019.") == (0.0, 0.0, 0.0)
    # a post in January is not "another year" for a claim from the December before
    assert date_features((2020, 1), "Koalas died in the fires of December 2019.") == (
        1.0,
        0.0,
        0.0,
    )


def test_weights_cover_every_feature(db):
    assert len(MatchWeights().vector()) == len(FEATURES)
    store_fact_check(
        db,
        "Portions of the Amazon rainforest were on fire in August 2019.",
        "Was the Amazon Rainforest on Fire in August 2019?",
    )
    found = claim_features(db, AMAZON_TWEET)
    assert found and all(len(feats) == len(FEATURES) for _, feats in found)


def test_the_claim_dated_like_the_post_ranks_first(db):
    # Stored first, so it wins every tie the date features do not break.
    old = store_fact_check(
        db,
        "Portions of the Amazon rainforest were on fire in August 2016.",
        "Was the Amazon Rainforest on Fire in August 2016?",
    )
    new = store_fact_check(
        db,
        "Portions of the Amazon rainforest were on fire in August 2019.",
        "Was the Amazon Rainforest on Fire in August 2019?",
    )
    assert [cid for cid, _ in rank_claims(db, AMAZON_TWEET, k=2)] == [new, old]
    undated = dataclasses.replace(MatchWeights(), month=0.0, year=0.0, other_year=0.0)
    assert rank_claims(db, AMAZON_TWEET, k=1, weights=undated)[0][0] == old


def test_the_media_feature_needs_a_picture_post_and_a_picture_claim(db):
    plain = store_fact_check(
        db,
        "Protesters blocked a highway bridge in Portland.",
        "Did Protesters Block a Portland Bridge?",
    )
    photo = store_fact_check(
        db,
        "A photograph shows protesters blocking a highway bridge in Portland.",
        "Did Protesters Block a Portland Bridge?",
    )
    media = FEATURES.index("media")
    post = "Protesters blocking the highway bridge in Portland tonight"
    with_picture = dict(claim_features(db, f"{post} pic.twitter.com/AbC123"))
    assert with_picture[photo][media] == 1.0
    assert with_picture[plain][media] == 0.0
    assert all(f[media] == 0.0 for _, f in claim_features(db, post))
    assert claim_matching.rank_claims(db, "", k=1) == []


def test_split_tags_finds_the_stored_words_a_tag_runs_together(db):
    store_fact_check(
        db,
        "Someone is injecting poison into plastic water bottles sold in stores.",
        "Have Officials Warned That Someone Is Injecting Poison into Water Bottles?",
    )
    words = claim_matching.split_tags(db, "Terrifying #tamperedwater #PoisonWaterBottles #WalkAway")
    # "tamperedwater": "tampered" was never stored, so no split; CamelCase needs none
    assert words == []
    words = claim_matching.split_tags(db, "Be careful #poisonwaterbottles — Ann (@injectingpoison)")
    assert words == ["poison", "water", "bottles", "injecting", "poison"]


def test_a_lower_case_hashtag_finds_the_claim_it_names(db):
    bottles = store_fact_check(
        db,
        "Someone is injecting poison into plastic water bottles sold in stores.",
        "Have Officials Warned That Someone Is Injecting Poison into Water Bottles?",
    )
    store_fact_check(
        db,
        "Some of you may not have heard that terrifying sharks swim in the public pool.",
        "Are Sharks Swimming in a Public Pool?",
    )
    post = "Some of you may not have heard so please pass along! Terrifying #poisonwaterbottles"
    assert rank_claims(db, post, k=1)[0][0] == bottles


def test_a_word_no_claim_has_still_finds_its_stemmed_form(db):
    koalas = store_fact_check(
        db,
        "Koalas are functionally extinct due to Australian bushfires.",
        "Are Koalas Functionally Extinct Due to Bushfires in Australia?",
    )
    store_fact_check(
        db,
        "Children who never meet their grandparents are less able to cope.",
        "Do Children Need to Meet Their Grandparents?",
    )
    post = "My children will never be able to meet a Koala. I can't believe I'm tweeting this."
    # "koala" was never stored ("koalas" was): the search still asks for it
    assert koalas in dict(claim_features(db, post))


def test_a_possessive_meets_the_plain_word(db):
    duis = store_fact_check(
        db,
        "Stephanie Grisham got DUIs in 2013 and 2015.",
        "Did White House Press Secretary Stephanie Grisham Get Two DUIs?",
    )
    store_fact_check(
        db,
        "The press secretary of the governor resigned.",
        "Did the Governor's Press Secretary Resign?",
    )
    assert clean_query("The WH press secretary has two DUI's").endswith(" two DUI")
    post = "The WH press secretary has two DUI’s https://t.co/mHC19xzRxO"
    assert rank_claims(db, post, k=1)[0][0] == duis
