"""Finding quotes: marks, kinds, reported speech and what is not a quote."""

import pytest

from checker import analyze


def kinds_and_texts(text: str) -> list[tuple[str, str]]:
    return [(q.kind, q.text) for q in analyze(text).quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # straight, curly, guillemets
        ('"We will win this election," said Jane Doe.', "We will win this election,"),
        ("“We will win this election,” said Jane Doe.", "We will win this election,"),
        ("«We will win this election», said Jane Doe.", "We will win this election"),
        # New York Times archive convention: two apostrophes
        (
            "''The sooner he releases his returns, the better,'' Mr. Goldberg said.",
            "The sooner he releases his returns, the better,",
        ),
        # single quotes used as quotation marks
        (
            "Sanders: Clinton needs to 'get away from all of this personality stuff' with Trump.",
            "get away from all of this personality stuff",
        ),
    ],
)
def test_quote_marks(text: str, expected: str) -> None:
    assert expected in [q.text for q in analyze(text).quotes]


def test_nested_single_quotes_stay_inside() -> None:
    text = "“He told me, ‘Don’t worry about it,’ and then he left,” Ortega said."
    quotes = analyze(text).quotes
    assert [q.text for q in quotes] == ["He told me, ‘Don’t worry about it,’ and then he left,"]


def test_split_quote_gives_two_quotes_by_one_speaker() -> None:
    text = "“The plant is running well,” she said, “and we are hiring more engineers.”"
    quotes = analyze("Maria Lopez runs the plant. " + text).quotes
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.text for q in direct] == [
        "The plant is running well,",
        "and we are hiring more engineers.",
    ]
    assert {q.speaker.name for q in direct} == {"Maria Lopez"}


def test_quote_across_paragraphs() -> None:
    text = (
        'Mayor Ann Smith spoke first.\n\n"The budget is balanced for the first time in a decade.'
        '\n\n"We did it without raising taxes," she said.'
    )
    quotes = [q for q in analyze(text).quotes if q.kind == "direct"]
    # One statement across both paragraphs, said by the person named at its end.
    assert len(quotes) == 1
    assert quotes[0].text.startswith("The budget is balanced for the first time in a decade.")
    assert quotes[0].text.endswith("We did it without raising taxes,")
    assert quotes[0].speaker.name == "Ann Smith"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            'The chief executive described the merger as "a marriage of necessity."',
            "a marriage of necessity.",
        ),
        (
            "He also said the plant has had “200 percent more employees” in the past few years.",
            "200 percent more employees",
        ),
    ],
)
def test_partial_quotes(text: str, fragment: str) -> None:
    assert ("partial", fragment) in kinds_and_texts(text)


@pytest.mark.parametrize(
    ("text", "content", "kind"),
    [
        (
            "Xia told the conference that Liaoning has the largest provincial economy of "
            "Northeast China.",
            "that Liaoning has the largest provincial economy of Northeast China",
            "indirect",
        ),
        (
            "The economy will grow by 6 percent next year, the ministry said on Friday.",
            "The economy will grow by 6 percent next year",
            "indirect",
        ),
        (
            "According to the poll, Clinton leads Trump by four points among likely voters.",
            "Clinton leads Trump by four points among likely voters",
            "indirect",
        ),
        (
            "Clinton beats Trump by 46 percent to 42 percent, according to the poll.",
            "Clinton beats Trump by 46 percent to 42 percent",
            "indirect",
        ),
        (
            "The senator warned that the bill would cost taxpayers billions of dollars.",
            "that the bill would cost taxpayers billions of dollars",
            "indirect",
        ),
        (
            "Many lawmakers say there are also national security concerns.",
            "there are also national security concerns",
            "indirect",
        ),
        (
            "Trump says he is making “a demand” of Obama.",
            "he is making “a demand” of Obama",
            "mixed",
        ),
    ],
)
def test_reported_speech(text: str, content: str, kind: str) -> None:
    assert (kind, content) in kinds_and_texts(text)


@pytest.mark.parametrize(
    "text",
    [
        # titles of works and programmes
        'Sanders told MSNBC\'s "Morning Joe" that nobody would question her intelligence.',
        # a title in Title Case keeps its small words lowercase
        'She appeared on CBS\'s "Face the Nation" and later wrote that she regretted the vote.',
        "Her new documentary, titled “13th,” debuts on Netflix on Friday.",
        # a list of titles, and a cue word that is a noun before its examples
        'The studio will revive TV shows, including films like "The Exorcist," "Training Day"'
        ' and "Taken," next year.',
        "The parks, many of them known as ''rabbit patches'' or ''goat farms,'' have closed.",
        # nicknames
        'Rep. Robert C. "Bobby" Scott threw open his family\'s farm.',
        'Trump yoked him with the nickname "Lyin\' Ted."',
        # scare quotes without a speech cue
        'The city has become a "sanctuary" for artists priced out of Brooklyn.',
        # apostrophes
        "The students' union rejected the mayor's plan and the governor's offer.",
    ],
)
def test_not_quotes(text: str) -> None:
    marked = [q for q in analyze(text).quotes if q.kind in ("direct", "partial", "mixed")]
    assert marked == []


@pytest.mark.parametrize(
    "text",
    [
        'He said "this is unbalanced.\n\nThe next paragraph says "something" else, "and more."',
        '"""""',
        'A stray mark " here and “another one there.\n\n"A real quote," she said.',
        "“Unclosed at the start of a paragraph and it runs on\n\nNext paragraph without marks.",
    ],
)
def test_unbalanced_marks_do_not_swallow_the_article(text: str) -> None:
    analysis = analyze(text)
    for q in analysis.quotes:
        assert text[q.start : q.end] == q.text
        assert "\n\n" not in q.text


def test_stray_mark_costs_only_its_paragraph() -> None:
    text = 'The "first paragraph has a stray mark.\n\n"A real quote here," said Jane Doe.'
    quotes = [q for q in analyze(text).quotes if q.kind == "direct"]
    assert [(q.text, q.speaker.name) for q in quotes] == [("A real quote here,", "Jane Doe")]


@pytest.mark.parametrize(
    "verb",
    [
        "added",
        "admitted",
        "warned",
        "argued",
        "noted",
        "insisted",
        "acknowledged",
        "denied",
        "claimed",
        "says",
        "said",
        "believes",
        "suggested",
        "predicted",
    ],
)
def test_reported_speech_cue_verbs(verb: str) -> None:
    text = f"The finance minister {verb} that the budget deficit would shrink next year."
    quotes = analyze(text).quotes
    assert [(q.kind, q.text, q.speaker.name, q.cue.text) for q in quotes] == [
        ("indirect", "that the budget deficit would shrink next year", "The finance minister", verb)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The other states voting on Tuesday are North Carolina, Ohio and Illinois.",
        "He has made his metric for strength a talking point on the campaign trail.",
        "The United States Senate passed the bill on Tuesday.",
        "She had a conference call with staffers of the campaign on Monday.",
        # a possessive before the cue word makes it a noun
        "Editor’s note: The council has since corrected the figures in its annual report.",
    ],
)
def test_noun_uses_of_cue_words_are_not_reported_speech(text: str) -> None:
    assert analyze(text).quotes == ()


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Poll: Wealthy Voters Abandon Republican Party for Hillary Clinton.\n\nBody.",
            "Wealthy Voters Abandon Republican Party for Hillary Clinton",
            "Poll",
        ),
        (
            "According to early results of the exit poll conducted by Edison Research, Clinton "
            "led in both Virginia and Georgia.",
            "Clinton led in both Virginia and Georgia",
            "early results of the exit poll conducted by Edison Research",
        ),
        (
            "Donald Trump is defending his tweets, saying it shows he would be awake for a "
            "3 a.m. call.",
            "it shows he would be awake for a 3 a.m. call",
            "Donald Trump",
        ),
    ],
)
def test_headlines_long_sources_and_participles(text: str, content: str, source: str) -> None:
    found = [(q.text, q.speaker.name) for q in analyze(text).quotes if q.speaker]
    assert any(content in t and name == source for t, name in found), found


def test_timestamps_are_not_headline_sources() -> None:
    assert analyze("10 a.m.: Trump arrives at the rally.\n\nBody text.").quotes == ()


@pytest.mark.parametrize(
    ("text", "content", "source", "kind"),
    [
        (
            "Yet Democratic economists, like their Republican counterparts, say taxing "
            "consumption encourages savings.",
            "taxing consumption encourages savings",
            "Yet Democratic economists",
            "indirect",
        ),
        (
            "More than six in 10 said they were not looking forward to the campaign.",
            "they were not looking forward to the campaign",
            "six in 10",
            "indirect",
        ),
        (
            "He is comparing the gun actions to immigration and says Obama is flouting the "
            "process.",
            "Obama is flouting the process",
            "He",
            "indirect",
        ),
        (
            'In doing so he "made a strategic mistake," Lichtman said.',
            'In doing so he "made a strategic mistake',
            "Lichtman",
            "mixed",
        ),
    ],
)
def test_more_reported_speech_frames(text: str, content: str, source: str, kind: str) -> None:
    # the source as named, or as written when it names nobody (a pronoun with no antecedent)
    found = [
        (q.kind, q.text, q.speaker.name or q.speaker.mention.text)
        for q in analyze(text).quotes
        if q.speaker
    ]
    assert (kind, content, source) in found


@pytest.mark.parametrize(
    ("text", "content", "source", "cue"),
    [
        # a verb like "continued" or "went on" between the speaker and the verb of saying
        (
            "Mayor Anna Petrova continued to insist that the tunnel would open in May.",
            "that the tunnel would open in May",
            "Anna Petrova",
            "insist",
        ),
        (
            "Petrova went on to say that the budget had been cut twice.",
            "that the budget had been cut twice",
            "Petrova",
            "say",
        ),
        # where it was said, between the speaker and the verb
        (
            "Governor Tom Ellery in an interview on Sunday said that the bridge was unsafe.",
            "that the bridge was unsafe",
            "Tom Ellery",
            "said",
        ),
        (
            "The senator in a written statement said the bill was dead.",
            "the bill was dead",
            "The senator",
            "said",
        ),
    ],
)
def test_words_between_speaker_and_verb(text: str, content: str, source: str, cue: str) -> None:
    found = [(q.text, q.speaker.name, q.cue.text) for q in analyze(text).quotes if q.speaker]
    assert found == [(content, source, cue)]


@pytest.mark.parametrize(
    "text",
    [
        "Support for the plan continues to grow in the suburbs.",
        "If he continues to lose ground, the party will look elsewhere.",
        "Her supporters continue to show signs of greater enthusiasm.",
        "The mayor continued attacking the council over the budget.",
    ],
)
def test_continue_before_another_verb_is_no_cue(text: str) -> None:
    assert analyze(text).quotes == ()


@pytest.mark.parametrize(
    ("text", "content", "source", "cue"),
    [
        # verbs of stance and intention: PolNeAR attributes these in its "all" view
        (
            "Senator Maria Lopez refused to endorse the governor's budget.",
            "to endorse the governor's budget",
            "Maria Lopez",
            "refused",
        ),
        (
            "The mayor declined to say whether the bridge would reopen.",
            "to say whether the bridge would reopen",
            "The mayor",
            "declined",
        ),
        # an object ends at its comma
        (
            "Governor Alan Pike, who endorsed Ms. Diaz last week, spoke at the rally.",
            "Ms. Diaz last week",
            "Alan Pike",
            "endorsed",
        ),
        # a statement inside one of stance keeps its own speaker
        ("Ted Cruz endorses Trump, who says he is honored.", "he is honored", "Trump", "says"),
        (
            "Clinton supported a trade deal that Trump says hurt workers in Ohio.",
            "hurt workers in Ohio",
            "Trump",
            "says",
        ),
    ],
)
def test_stance_verbs(text: str, content: str, source: str, cue: str) -> None:
    found = [(q.text, q.speaker.name, q.cue.text) for q in analyze(text).quotes if q.speaker]
    assert found == [(content, source, cue)]


@pytest.mark.parametrize(
    "text",
    [
        "Trump backed off his proposal on Friday.",  # a phrasal verb
        "The plan was backed by the council.",  # the passive
        "Cruz was also endorsed the day before by former rival Carly Fiorina.",
        "Republican support was solid in the suburbs.",  # a noun
        "Ms. Okafor plans a trip to Lagos.",  # an intention wants "to"
    ],
)
def test_stance_verbs_not_framing(text: str) -> None:
    assert analyze(text).quotes == ()


@pytest.mark.parametrize(
    "text",
    [
        'Rep. Robert C. "Bobby" Scott has opposed the measure.',
        'She would also close the notorious "carried interest" loophole, which he opposed.',
    ],
)
def test_a_stance_verb_does_not_make_two_quoted_words_a_quote(text: str) -> None:
    assert [q.text for q in analyze(text).quotes if q.kind in ("direct", "partial")] == []


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # "said she ..." after an apposition is the forward frame, not "..., said she."
        (
            "The oldest volunteer, 60, a retired doctor, said she was elated but still feared "
            "the army.",
            "she was elated but still feared the army",
            "The oldest volunteer",
        ),
        # the phrase before "of", "in" or "at" speaks, not the body or place after it
        (
            "Pastor Dale Whitcomb of Grace Baptist Church in Marion said he had called 150 "
            "other pastors.",
            "he had called 150 other pastors",
            "Dale Whitcomb",
        ),
        (
            "Officials in Ohio said the officials would count the ballots by hand.",
            "the officials would count the ballots by hand",
            "Officials in Ohio",
        ),
        # a lowercase office before the name in the apposition
        (
            "Her opponent, former prosecutor Lena Brandt, says crime is the bigger worry.",
            "crime is the bigger worry",
            "Lena Brandt",
        ),
    ],
)
def test_source_before_an_apposition_or_a_place(text: str, content: str, source: str) -> None:
    found = [(q.text, q.speaker.name) for q in analyze(text).quotes if q.speaker]
    assert found == [(content, source)]


@pytest.mark.parametrize(
    "text",
    [
        "It is a chance for Smith to defeat Jones in his home state (or for Jones to come "
        "back) and for Lee to widen her lead.",
        "Female voters alienated by Trump in the 10 remaining primary states, starting with "
        "Indiana next Tuesday, could decide the race.",
    ],
)
def test_state_as_a_noun_is_no_cue(text: str) -> None:
    assert analyze(text).quotes == ()


@pytest.mark.parametrize(
    ("text", "question", "asker"),
    [
        (
            "When asked whether the port should close, the mayor said it would stay open.",
            "whether the port should close",
            None,
        ),
        ("Asked about the audit, Ms. Grant said that it was routine.", "about the audit", None),
        (
            "Ortiz was asked by host Dana Reyes whether the plan would survive the winter.",
            "whether the plan would survive the winter",
            "Dana Reyes",
        ),
        ("Ryan used the same words when asked in May if he would run.", "if he would run", None),
    ],
)
def test_a_question_put_to_someone(text: str, question: str, asker: str | None) -> None:
    found = {
        q.text: q.speaker.name if q.speaker else None
        for q in analyze(text).quotes
        if q.cue and q.cue.text.lower() == "asked"
    }
    assert found == {question: asker}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle clause after a statement is a second statement of the same subject
        (
            "Mayor Ines Ford admitted the budget was late, saying she regretted the delay.",
            [
                ("the budget was late", "Ines Ford"),
                ("she regretted the delay", "Ines Ford"),
            ],
        ),
        # a described group speaks through ", saying"
        (
            "The agencies declined to release the records, saying they could not discuss an "
            "open case.",
            [
                ("to release the records", "The agencies"),
                ("they could not discuss an open case", "The agencies"),
            ],
        ),
    ],
)
def test_a_statement_then_saying(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q.text, q.speaker.name) for q in analyze(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Election law specialists say the ruling will not stand.", "Election law specialists"),
        ("Local activists said the park would be closed.", "Local activists"),
        ("Veteran pollsters say the race is tightening.", "Veteran pollsters"),
        ("Each side said the other would be to blame.", "Each side"),
        ("Her campaign workers here said they had knocked on every door.", "Her campaign workers"),
        ("The affidavit cited two witnesses and said that the door was open.", "The affidavit"),
        # shares of those asked
        ("About half say the economy is getting worse.", "About half"),
        ("Two in three said they would vote early.", "Two in three"),
        (
            "Most distrust the police, and three-fourths say officers should wear cameras.",
            "three-fourths",
        ),
        # a hyphenated noun can head the phrase; a hyphenated modifier cannot
        ("The GOP front-runner said the contest had been rigged.", "The GOP front-runner"),
        ("His ex-wife agreed that the files should stay sealed.", "His ex-wife"),
        # the people just named, together
        ("The two admit that the goals will be hard to reach.", "The two"),
        # a possessive in place of a determiner, before an agent noun or a plural
        (
            "Britain's biggest carmaker warned that it could cut 2,000 jobs.",
            "Britain's biggest carmaker",
        ),
        ("Nigeria's biggest lender said output had recovered.", "Nigeria's biggest lender"),
        (
            "Okafor's longtime associates insist she will run again.",
            "Okafor's longtime associates",
        ),
        # a body in a place speaks, not the place
        (
            "A jury in Manhattan on Thursday found that the executive had lied.",
            "A jury in Manhattan",
        ),
        (
            "Iran's mission to the United Nations said the report was false.",
            "Iran's mission to the United Nations",
        ),
        # a dateline's dash is not part of the source after it
        (
            "MEXICO CITY (Reuters) - Mexico's president on Tuesday defended the strategy "
            "after a weekend of violence.",
            "Mexico's president",
        ),
        # initials inside a described source
        (
            "The administration is preparing new sanctions, two U.S. officials said "
            "Wednesday, speaking on condition of anonymity.",
            "two U.S. officials",
        ),
    ],
)
def test_a_described_group_speaks(text: str, source: str) -> None:
    assert [q.speaker.name for q in analyze(text).quotes if q.speaker] == [source]


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "In a Marist College poll released Sunday, 52 percent of voters backed the levy.",
            "52 percent of voters backed the levy",
            "a Marist College poll released Sunday",
        ),
        (
            "In the latest Gazette Poll, conducted in May, Ortiz led Lee 47 percent to 39 percent.",
            "Ortiz led Lee 47 percent to 39 percent",
            "the latest Gazette Poll",
        ),
        (
            "In a survey of 1,500 nurses, most reported longer shifts than a year ago.",
            "most reported longer shifts than a year ago",
            "a survey of 1,500 nurses",
        ),
    ],
)
def test_a_finding_in_a_poll(text: str, content: str, source: str) -> None:
    found = [(q.text, q.speaker.name) for q in analyze(text).quotes if q.speaker]
    assert found == [(content, source)]


@pytest.mark.parametrize(
    "text",
    [
        "In Iowa, the turnout was the highest in a decade.",
        "In a memo released as polls closed, the campaign manager thanked volunteers.",
    ],
)
def test_no_poll_no_finding(text: str) -> None:
    assert analyze(text).quotes == ()


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        # "state" before a title or a body is a noun, not the verb of "states that"
        (
            '"This is a big year for us!" state Del. Maria Quist (D-Newport News) shouted.',
            "Maria Quist",
            "shouted",
        ),
        ('"We will not back down," state Sen. Ray Dunn (D) said on Monday.', "Ray Dunn", "said"),
        ('"It is time," California state Senate candidate Jo Kim said.', "Jo Kim", "said"),
        # the verb "states" ending its clause after a quote
        ('"She is strong enough," the ad\'s narrator states.', "the ad's narrator", "states"),
    ],
)
def test_state_before_a_title(text: str, source: str, cue: str) -> None:
    found = [(q.speaker.name, q.cue.text) for q in analyze(text).quotes if q.speaker]
    assert found == [(source, cue)]


def test_content_then_said_adding() -> None:
    text = (
        "The mayor will present the budget to the council next week, Ana Ruiz said, adding "
        "that the vote could slip to June."
    )
    assert [(q.text, q.speaker.name) for q in analyze(text).quotes] == [
        ("The mayor will present the budget to the council next week", "Ana Ruiz"),
        ("that the vote could slip to June", "Ana Ruiz"),
    ]


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # "the" before an organisation's name does not hide the comma before it
        (
            "The plan favours the rich, the Tax Institute said.",
            "The plan favours the rich",
            "Tax Institute",
        ),
        # a time, then a participle that goes with the statement before the cue
        (
            "Germany's economy shrank 0.3 percent in the third quarter, the Federal "
            "Statistical Office said on Wednesday, raising fears of a recession.",
            "Germany's economy shrank 0.3 percent in the third quarter",
            "Federal Statistical Office",
        ),
        # a document speaks for whoever it is from
        (
            "According to a statement from the Bundesbank, industrial orders fell again.",
            "industrial orders fell again",
            "the Bundesbank",
        ),
        # an organisation's name runs across "of"
        (
            "Inflation rose to 33.9 percent, according to the National Bureau of Statistics.",
            "Inflation rose to 33.9 percent",
            "the National Bureau of Statistics",
        ),
        (
            "Orders fell for a fifth month, according to a report by the Commerce Department.",
            "Orders fell for a fifth month",
            "the Commerce Department",
        ),
    ],
)
def test_content_before_an_organisation_or_from_a_document(
    text: str, content: str, source: str
) -> None:
    found = [(q.text, q.speaker.name) for q in analyze(text).quotes if q.speaker]
    assert (content, source) in found


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # the hearer of "told" without "that"
        (
            "One delegate, Kelly Brandt, told POLITICO she was leaning toward the senator.",
            "she was leaning toward the senator",
            "Kelly Brandt",
        ),
        (
            "Ms. Okafor told The Daily Ledger she would stay in the race until June.",
            "she would stay in the race until June",
            "Okafor",
        ),
        # an acronym before the title is part of the source, not of the content
        (
            "The union will sit out the election, UMWA Director of Government Affairs Phil "
            "Smith told POLITICO.",
            "The union will sit out the election",
            "Phil Smith",
        ),
    ],
)
def test_told_a_hearer(text: str, content: str, source: str) -> None:
    found = [(q.text, q.speaker.name) for q in analyze(text).quotes if q.speaker]
    assert found == [(content, source)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue word after a superlative is a noun; a subordinator opens no source
        (
            "He faces 20 years in prison on the most serious charge, though legal experts "
            "said a sentence of five years was more likely.",
            [("a sentence of five years was more likely", "legal experts")],
        ),
        # a relative clause that closes after its verb of saying holds no statement
        ("Kerrigan, who did not testify, sat still as the verdict was read.", []),
    ],
)
def test_cue_words_that_frame_nothing(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(q.text, q.speaker.name if q.speaker else None) for q in analyze(text).quotes]
    assert found == expected


def test_an_adjective_after_a_possessive_is_not_a_source() -> None:
    # "claims" is a noun here: nobody called "Trump's false" speaks
    text = "Trump's false claims that the vote was rigged were repeated by his allies."
    assert all(q.speaker is None or "false" not in q.speaker.name for q in analyze(text).quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a time or a setting between the cue and the clause is neither
        (
            "The ministry said in a statement that talks would resume next month.",
            "that talks would resume next month",
        ),
        (
            "Mayor Alicia Fernández said on Tuesday the city would cut its budget.",
            "the city would cut its budget",
        ),
        (
            "Senator Hale said Thursday night he would vote against the bill.",
            "he would vote against the bill",
        ),
        (
            "The coach said last week the team had no plans to trade him.",
            "the team had no plans to trade him",
        ),
        (
            "Okafor said in an interview with the Ledger on Sunday that she would run again.",
            "that she would run again",
        ),
        # two cues framing one clause ("said in her opening remarks that"): one statement
        (
            "Chairwoman Ruth Abano said in her opening remarks that the panel would meet weekly.",
            "that the panel would meet weekly",
        ),
        # what opens the clause stays when it is not a setting
        (
            "The fire chief said at least 20 people died in a blaze that gutted the block.",
            "at least 20 people died in a blaze that gutted the block",
        ),
        (
            "The governor vowed to fight the ruling in every court that would hear it.",
            "to fight the ruling in every court that would hear it",
        ),
    ],
)
def test_a_setting_between_cue_and_clause_is_left_out(text: str, content: str) -> None:
    assert [q.text for q in analyze(text).quotes] == [content]


def test_two_coordinated_statements_are_two() -> None:
    text = (
        "Clinton admitted her decision was a mistake at the time and said she did not "
        "believe it amounted to an error."
    )
    found = [(q.text, q.speaker.name) for q in analyze(text).quotes]
    assert found == [
        ("her decision was a mistake at the time", "Clinton"),
        ("she did not believe it amounted to an error", "Clinton"),
    ]


@pytest.mark.parametrize("joint", ["while", "whereas"])
def test_contrasted_statements_are_two(joint: str) -> None:
    text = f"Ann Holt said taxes were too high, {joint} Ben Ruiz said they were too low."
    found = [(q.text, q.speaker.name) for q in analyze(text).quotes]
    assert found == [("taxes were too high", "Ann Holt"), ("they were too low", "Ben Ruiz")]


def test_a_when_clause_with_its_own_speech_is_a_second_statement() -> None:
    text = (
        "Tom Bell dismissed the email issue in October, when he told Ann Holt at a debate "
        'that voters were "tired of hearing about it."'
    )
    found = [(q.kind, q.text, q.speaker.mention.text) for q in analyze(text).quotes]
    assert found == [
        ("indirect", "the email issue in October", "Tom Bell"),
        ("mixed", 'that voters were "tired of hearing about it."', "he"),
        ("partial", "tired of hearing about it.", "he"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        '"We will win," said Sen. Claire McCaskill (D-Mo.), "and soon."',
        "He called it “a disaster.” Rep. Jim Clyburn, D-S.C., said ‘no’ twice!",
        '"Unclosed quote runs on\n\nand "another" one',
        "No quotes at all (R-Wis.) here.",
    ],
)
def test_masking_joins_pieces_as_the_character_list_did(text):
    from checker.analysis.quotemarks import pair_quote_marks
    from checker.analysis.quotes import _mask_by_characters, mask_quotes
    from checker.analysis.text import paragraphs

    spans = pair_quote_marks(text, paragraphs(text))
    masked = mask_quotes(text, spans)
    assert masked == _mask_by_characters(text, spans)
    assert len(masked) == len(text)
