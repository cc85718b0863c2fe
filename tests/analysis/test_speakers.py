"""Who said it: local patterns, then resolution across the article."""

from pathlib import Path

import pytest

from checker import analyze

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
DALIAN = SHARED / "examples" / "dalian-silicon-valley-2018.txt"


def speakers_of(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in analyze(text).quotes]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"We are ready for the storm," said Luis Ortega.', "Luis Ortega"),
        ('"We cannot afford it," said Sen. J.D. Vance of Ohio.', "J.D. Vance"),
        # an office before a family name written first
        ('"We oppose interference," Foreign Minister Wang Yi said.', "Wang Yi"),
        # a hyphenated office is a title too, and the given name alone finds the full name
        (
            '"It requires a coordinated response," WHO Director-General Tedros Adhanom '
            "Ghebreyesus told reporters.",
            "Tedros Adhanom Ghebreyesus",
        ),
        ('"We are ready for the storm," Luis Ortega said.', "Luis Ortega"),
        ('Luis Ortega said: "We are ready for the storm."', "Luis Ortega"),
        ('"We are ready for the storm," Deputy Mayor Luis Ortega said.', "Luis Ortega"),
        ('"We are ready," said Luis Ortega, the deputy mayor of Miami.', "Luis Ortega"),
        ('"We are ready," Luis Ortega, the deputy mayor of Miami, said.', "Luis Ortega"),
        ("Luis Ortega told reporters that the city was ready for the storm.", "Luis Ortega"),
        ("According to Luis Ortega, the city is ready for the storm.", "Luis Ortega"),
        ('"Subpoenas are not optional," said Rep. Jason Chaffetz (R-Utah).', "Jason Chaffetz"),
        ('"It’s gutless leadership," Warren said.', "Warren"),
        ("The economy will grow by 6 percent, the ministry said.", "the ministry"),
        ("The talks have stalled, a senior official said on Tuesday.", "a senior official"),
        ('"It was the least bad outcome," Mr. Morgan of the Sierra Club said.', "Morgan"),
        ('"We will not back down," Paul Ryan of Wisconsin said.', "Paul Ryan"),
        ('"The bank is sound," Bank of America said.', "Bank of America"),
        ('"We are ready," Secretary of State John Kerry said.', "John Kerry"),
        ('"It is a hot item," said conservative activist Bob Klaus.', "Bob Klaus"),
        # a name in -ly is not an adverb to step over
        ('"Elections matter," Kelly said.', "Kelly"),
        ('"It was news to me," Rex Early said.', "Rex Early"),
        ('"We won," said former senator Bob Dole.', "Bob Dole"),
        ('"We won," said thousands of Americans.', None),
        # an age standing for the person described before
        ('"Can he learn?" the 43-year-old asked in the video.', "the 43-year-old"),
        # a document speaks, not its readers; a possessive in -s’ stands for a determiner
        (
            "Reyes’ campaign email to his donors notes that the mayor is a former teacher.",
            "Reyes’ campaign email",
        ),
        ("Leaked emails showed that the staff favored the mayor.", "Leaked emails"),
        # one word after "reacted" will do when the sentence ends on it
        ('"We were right," reacted Lee.', "Lee"),
        # adjectives set off by a comma before the noun
        (
            '"From day one, I made it a priority," the bespectacled, 71-year-old diplomat said.',
            "the bespectacled, 71-year-old diplomat",
        ),
    ],
)
def test_local_patterns(text: str, name: str | None) -> None:
    assert speakers_of(text)[0] == name


def test_title_goes_into_speaker_title() -> None:
    q = analyze('"We are ready," said Luis Ortega, the deputy mayor of Miami.').quotes[0]
    assert q.speaker.title == "the deputy mayor of Miami"
    q = analyze('"We are ready," Deputy Mayor Luis Ortega said.').quotes[0]
    assert q.speaker.title == "Deputy Mayor"


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            '"It has no place here," American Bridge President Jessica Mackler said.',
            "Jessica Mackler",
            "American Bridge President",
        ),
        (
            '"We will act," Senate Majority Leader Mitch McConnell said.',
            "Mitch McConnell",
            "Senate Majority Leader",
        ),
    ],
)
def test_employer_and_office_before_a_name_are_the_title(text: str, name: str, title: str) -> None:
    q = analyze(text).quotes[0]
    assert (q.speaker.name, q.speaker.title) == (name, title)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ('"The race is a circus," Comedian Ana Ruiz said.', "Ana Ruiz", "Comedian"),
        (
            '"We will hold the line," Senate Majority Whip John Cornyn said.',
            "John Cornyn",
            "Senate Majority Whip",
        ),
        (
            '"The count is slow," Maricopa County Recorder Helen Purcell said.',
            "Helen Purcell",
            "Maricopa County Recorder",
        ),
        # a name that opens with a given name, or an organisation's, stays whole
        ('"I have a dream," Martin Luther King said.', "Martin Luther King", None),
        (
            '"Every bed is full," Lake Charles Memorial Hospital said.',
            "Lake Charles Memorial Hospital",
            None,
        ),
    ],
)
def test_a_capitalised_description_before_a_name_is_the_title(
    text: str, name: str, title: str | None
) -> None:
    q = analyze(text).quotes[0]
    assert (q.speaker.name, q.speaker.title) == (name, title)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("They said the plant would close by the end of the year.", "They"),
        ('"We will be back next spring," she said.', "she"),
    ],
)
def test_a_pronoun_that_points_to_nobody_names_nobody(text: str, mention: str) -> None:
    (quote,) = analyze(text).quotes
    assert quote.speaker.name is None and quote.speaker.mention.text == mention
    assert analyze(text).speakers == ()


def test_a_sentence_after_a_continued_quote_that_says_more_is_not_its_attribution() -> None:
    # '"A," she said. "B." She noted ...': B goes on with her "she said"; "She noted a
    # planned rally ..." is a statement of its own
    text = (
        'Maria Lopez spoke in Ames.\n\n"We have a plan for every county," she said. '
        '"We feel good about the towns we are visiting." She noted a planned rally on '
        "Saturday in Sioux City with the governor."
    )
    first, second, *rest = analyze(text).quotes
    assert second.speaker.name == "Maria Lopez"
    assert second.speaker.mention == first.speaker.mention
    assert [q.text for q in rest] == ["a planned rally on Saturday in Sioux City with the governor"]


def test_a_title_case_headline_is_not_a_name() -> None:
    text = (
        "Donald Trump Praises Local Paper’s Political Editor Matthew Boyle.\n\n"
        '"The coverage was fair to everyone," Boyle said on Tuesday.'
    )
    assert speakers_of(text) == ["Matthew Boyle"]  # not "Donald Trump Praises ... Boyle"


def test_office_with_of_goes_into_title() -> None:
    q = analyze('"We see no sign," Director of National Intelligence James Clapper said.').quotes[0]
    assert (q.speaker.name, q.speaker.title) == (
        "James Clapper",
        "Director of National Intelligence",
    )


def test_affiliation_after_of_goes_into_title() -> None:
    q = analyze('"It was the least bad outcome," Mr. Morgan of the Sierra Club said.').quotes[0]
    assert (q.speaker.name, q.speaker.title) == ("Morgan", "of the Sierra Club")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "He’s" is "he is": the pronoun, resolved to the man named before.
        (
            "Donald Trump spoke in Ohio.\n\n"
            "He’s said the deal is a disaster and will cost thousands of jobs.",
            "Donald Trump",
        ),
        # "It’s" names nobody: no statement with "It’s" as its source.
        ("Donald Trump spoke.\n\nIt’s said the deal is a disaster and will cost jobs.", None),
    ],
)
def test_contractions(text: str, name: str | None) -> None:
    speakers = speakers_of(text)
    assert speakers == [] if name is None else speakers[0] == name


def test_described_name_with_capitals_inside_the_description() -> None:
    q = analyze(
        '"I do not know where he stands," said undecided Republican voter Stephanie Hooton.'
    ).quotes[0]
    assert (q.speaker.name, q.speaker.title) == ("Stephanie Hooton", "undecided Republican voter")


def test_described_name_keeps_description_as_title() -> None:
    q = analyze('"It is a hot item," said conservative activist Bob Klaus.').quotes[0]
    assert (q.speaker.name, q.speaker.title) == ("Bob Klaus", "conservative activist")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a paragraph that only introduces the next one
        (
            "Roger Stone spoke on the radio.\n\nStated Stone:\n\n"
            "“I think that the stakes are so high.”",
            "Roger Stone",
        ),
        (
            "Voters spoke.\n\n17-year-old Jared Potts echoed:\n\n"
            "“He speaks his mind, and that might be what the country needs.”",
            "Jared Potts",
        ),
        # a clause with no verb of saying that ends in a colon: its subject's
        ("The board was blunt in its findings: “Further discussion is unnecessary.”", "The board"),
        # a paragraph about someone, then a bare quote: theirs
        (
            "“He has the appeal Reagan had,” Richard Viguerie notes.\n\n"
            "Viguerie is upbeat about the chances of winning in November.\n\n"
            "“Not only can Ted Cruz win in November, he is the best chance of winning.”",
            "Richard Viguerie",
        ),
    ],
)
def test_introduced_by_the_paragraph_before(text: str, name: str) -> None:
    assert speakers_of(text)[-1] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Media shares blame in Iowa poll overhype - HuffPollster: "
            "“Pollsters are taking a lot of heat from the public.”",
            "HuffPollster",
        ),
        (
            "Pollsters agree - Carl Bialik: “One of the biggest lessons was a simple one.”",
            "Carl Bialik",
        ),
        # no dash: the verb before the colon is the cue, its subject the source
        ("Kasich resisted: “I am not going to get into that.”", "Kasich"),
    ],
)
def test_digest_item_source_after_a_dash(text: str, name: str) -> None:
    assert speakers_of(text)[-1] == name


def test_pronoun_prefers_the_sentence_subject() -> None:
    # "she" is Lynch, who opens the sentence, not McCrory, named after her in it
    text = (
        "Loretta Lynch spoke in Washington.\n\n"
        "Lynch announced the lawsuit against Gov. Patricia McCrory and the state. "
        "She said the law was discriminatory and had to go."
    )
    assert speakers_of(text)[-1] == "Loretta Lynch"


@pytest.mark.parametrize(
    "text",
    [
        'The new project will informally be called the "Defeat Crooked Hillary PAC" by founders.',
        "Trump was asked whether he would release his tax returns before the election.",
    ],
)
def test_passive_cue_is_not_the_subjects_speech(text: str) -> None:
    assert all(name is None for name in speakers_of(text))


def test_adverb_between_subject_and_cue_is_stepped_over() -> None:
    text = "The senator pointedly warned that the bill would raise taxes on families."
    assert speakers_of(text) == ["The senator"]


def test_long_apposition_between_name_and_verb() -> None:
    text = (
        "“Clinton needs a strategy for targeting voters,” Nate Silver, the polling guru "
        "who founded fivethirtyeight.com tweeted on Wednesday."
    )
    q = analyze(text).quotes[0]
    assert (q.speaker.name, q.speaker.title) == (
        "Nate Silver",
        "the polling guru who founded fivethirtyeight.com",
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Iowa State University's Dianne Bystrom agreed. "
            '"Mainstream Republicans are running out of time to find an alternative."',
            "Dianne Bystrom",
        ),
        (
            "Or maybe Jeb Bush, digital consultant Phil Musser says. "
            '"Several surveys suggest a second look is occurring for Jeb."',
            "Phil Musser",
        ),
        # the sentence before holds a quote: this one is its second part
        (
            '"We tried," Josh Earnest said at a briefing before Bill Clinton\'s comments. '
            '"And we have seen a sustained effort to tear down that law."',
            "Josh Earnest",
        ),
    ],
)
def test_attribution_in_the_sentence_before(text: str, name: str) -> None:
    assert speakers_of(text)[-1] == name


def test_possessive_affiliation_is_a_title() -> None:
    q = analyze('"We will see," said Iowa State University\'s Dianne Bystrom.').quotes[0]
    assert (q.speaker.name, q.speaker.title) == ("Dianne Bystrom", "Iowa State University's")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("“This is fantastic!” beamed Donald Hartley of Madison, Alabama.", "Donald Hartley"),
        # a preposition never ends a source phrase
        ("How do you attack a friend without saying, “This is the worst argument ever.”", None),
    ],
)
def test_any_verb_before_a_full_name_and_no_preposition_sources(
    text: str, name: str | None
) -> None:
    assert speakers_of(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # neither "in 2010" nor "Twenty-two" is anybody
        'The leader, who in 2010 said the goal was to make Obama a "one-term president."',
        'Twenty-two years ago, a Times article hailed Trump as "The Comeback Kid" for his deals.',
    ],
)
def test_times_are_not_sources(text: str) -> None:
    names = speakers_of(text)
    assert names and not any(n and n[0].isdigit() or n == "Twenty-two" for n in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "In a Facebook message posted Friday, Cruz said he has had "
            '"areas of significant disagreement" with Trump.',
            "Cruz",
        ),
        (
            "In a statement announcing the pick, the Association of Flight Attendants "
            "called Clinton a “champion” for its members.",
            "Association of Flight Attendants",
        ),
    ],
)
def test_a_participle_in_a_lead_in_does_not_swallow_the_main_clause(text: str, name: str) -> None:
    partial = next(q for q in analyze(text).quotes if q.kind == "partial")
    assert partial.speaker.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Black Lives Matter issued a statement saying it withdrew "
            '"because of the unsafe conditions created for our communities."',
            "Black Lives Matter",
        ),
        (
            "On Saturday, Trump issued a statement saying that Scalia was "
            '"a remarkable person and a brilliant Supreme Court justice."',
            "Trump",
        ),
        # the statement's author named after it
        ('A statement from the group said the march was "a success for everyone."', "the group"),
    ],
)
def test_whoever_issued_the_statement_speaks(text: str, name: str) -> None:
    assert speakers_of(text)[-1] == name


def test_an_adjective_before_a_cue_noun_is_not_a_source() -> None:
    text = 'Sanders had a snappy retort: "No one is tearing this up. We are going forward."'
    assert "a snappy" not in speakers_of(text)


def test_what_a_naming_verb_names_is_not_its_speaker() -> None:
    # "called the deal a ...": the deal is named, nobody is quoted by it
    names = speakers_of('Critics in Congress called the deal a "$25 billion mistake."')
    assert "the deal a" not in names and "the deal" not in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "On Thursday, after remaining neutral throughout the primary, Warren endorsed "
            "Clinton, saying, “I think having a fighter in the lead is what we need.”",
            "Warren",
        ),
        (
            "Here in Columbia, Sanders stepped up his emphasis on justice, saying, "
            '"We have got to achieve the day when young people can walk the streets."',
            "Sanders",
        ),
    ],
)
def test_subject_after_lead_ins(text: str, name: str) -> None:
    assert speakers_of(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            '"We are going to replace Obamacare," Trump said, repeating a common line.',
            "Trump",
        ),
        (
            "“We had written two dozen songs,” Kiedis said, mentioning the long-awaited "
            "album is “in the home stretch.”",
            "Kiedis",
        ),
    ],
)
def test_a_participle_after_said_is_the_same_speakers(text: str, name: str) -> None:
    assert set(speakers_of(text)) == {name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush, "
            "calling him “a total stiff.”",
            "Trump",
        ),
        (
            'Appearing before reporters, Suu Kyi said: "I think you all know the results."',
            "Suu Kyi",
        ),
        ('Last week, Sanders told supporters that "we will win here in California."', "Sanders"),
        # an irregular participle, and an adverb in -ly, opening a lead-in
        (
            "Led by the mayor, the council condemned the plan as "
            '"a betrayal of every family on the coast."',
            "the council",
        ),
        (
            "Immediately after the vote, Ortega issued a statement calling the result "
            '"a victory for the whole city."',
            "Ortega",
        ),
    ],
)
def test_participle_and_time_lead_ins(text: str, name: str) -> None:
    assert speakers_of(text)[-1] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Said Comey, "The thought that an error on our part is connected is painful."', "Comey"),
        ("Said Ellis: “I don’t get the sense she’s interested in tax reform.”", "Ellis"),
    ],
)
def test_inverted_said_before_the_quote(text: str, name: str) -> None:
    assert speakers_of(text) == [name]


def test_by_saying_belongs_to_the_sentence_subject() -> None:
    text = (
        "Bolton distanced himself from the movement by saying he would be willing to help "
        "the Trump administration if asked."
    )
    assert speakers_of(text) == ["Bolton"]


def test_the_hearer_of_telling_is_not_the_speaker() -> None:
    text = (
        "Trump took a risk by winking at stereotypes, telling the crowd, "
        "“I’m a negotiator like you, folks.”"
    )
    assert speakers_of(text) == ["Trump"]


def test_a_note_on_the_next_line_is_not_the_attribution() -> None:
    text = (
        "“Mitt Romney was prepared,” Sen. Claire McCaskill (D-Mo.) said. "
        "“I think it’s very unfair to Mitt Romney to put them in the same category.”\n"
        "Editor’s note: Donald Trump regularly incites political violence at rallies."
    )
    assert speakers_of(text)[:2] == ["Claire McCaskill", "Claire McCaskill"]


def test_a_paragraph_about_a_thing_names_nobody() -> None:
    text = (
        "The bloc has struggled.\n\n"
        "Stronger coordination among European countries could bolster their militaries.\n\n"
        '"Let everyone know that if the United States pulls back, Europe will be ready."'
    )
    assert speakers_of(text)[-1] is None


def test_bare_quote_after_a_paragraph_about_nobody_stays_unattributed() -> None:
    text = (
        "The hall was full by noon.\n\n"
        "“Not only can Ted Cruz win in November, he is the best chance of winning.”"
    )
    assert speakers_of(text) == [None]


def test_surname_and_pronoun_resolve_to_full_name() -> None:
    text = (
        "Chee Chyuan Liong, vice president of Intel, spoke at the event.\n\n"
        "The plant is bigger than any other site, said Liong. "
        "He also said the plant has more employees than last year."
    )
    names = speakers_of(text)
    assert names and set(names) == {"Chee Chyuan Liong"}


def test_family_name_first() -> None:
    text = (
        "A delegation headed by Xia Deren, chairman of the provincial conference, attended.\n\n"
        "Xia told the conference that the province has the largest economy in the region."
    )
    assert speakers_of(text) == ["Xia Deren"]


def test_she_after_a_mans_quote_goes_to_the_woman() -> None:
    text = (
        "Mayor Maria Lopez and John Carter, the city manager, met on Monday.\n\n"
        '"We will finish the bridge by June," Carter said.\n\n'
        '"I am not so sure," she said.'
    )
    assert speakers_of(text) == ["John Carter", "Maria Lopez"]


def test_quote_only_paragraph_continues_the_speaker() -> None:
    text = (
        '"The budget is balanced," said Governor Ann Smith.\n\n"We did it without raising taxes."'
    )
    assert speakers_of(text) == ["Ann Smith", "Ann Smith"]


@pytest.mark.parametrize(
    ("text", "name", "mention"),
    [
        # first met as a possessive, later by surname
        (
            "Paul Manafort's lawyer declined to comment.\n\n"
            'Manafort insisted on Sunday that "the speech was written by the whole team."',
            "Paul Manafort",
            "Manafort",
        ),
        (
            "Bernie Sanders’ campaign was quiet.\n\n"
            '"We will fight on," Sanders said in Vermont on Tuesday.',
            "Bernie Sanders",
            "Sanders",
        ),
        # the possessive as the mention: the name is still the person's
        (
            "Donald Trump spoke in Ohio.\n\n"
            "Trump’s comments came after he said the deal would cost thousands of jobs.",
            "Donald Trump",
            "Trump’s",
        ),
    ],
)
def test_possessive_is_not_part_of_the_name(text: str, name: str, mention: str) -> None:
    quotes = analyze(text).quotes
    assert quotes and all(q.speaker.name == name for q in quotes)
    assert quotes[0].speaker.mention.text == mention
    assert name in [s.name for s in analyze(text).speakers]


def test_misspelled_repeat_resolves_to_same_person() -> None:
    text = (
        "Anna Kowalczyk, a spokeswoman for the union, spoke on Monday.\n\n"
        '"We will strike," said Kowalcyk.'
    )
    assert speakers_of(text) == ["Anna Kowalczyk"]


@pytest.mark.parametrize(
    "intro",
    [
        # a given name the shipped list does not know, set off as an apposition
        "Her deputy, Tomasz Kowalczyk, disagreed.",
        "The city's budget director, Tomasz Kowalczyk, disagreed.",
        "A spokesman, Tomasz Kowalczyk, disagreed.",
        "Tomasz Kowalczyk, her deputy, disagreed.",
        "Tomasz Kowalczyk, their deputy, disagreed.",
    ],
)
def test_a_name_in_an_apposition_is_a_person_for_later_mentions(intro: str) -> None:
    text = (
        f"Mayor Alicia Fernandez spoke first. {intro}\n\n"
        "He said the cuts would hit libraries hardest.\n\n"
        '"This is a mistake," said Kowalcyk.'
    )
    assert speakers_of(text) == ["Tomasz Kowalczyk", "Tomasz Kowalczyk"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('"This is a mistake," said Kowalczyk, who has served on the council since 2015.', None),
        ("Whitfield, 54, who took over in March, said the plant would close.", None),
        ("Whitfield, 54, a nurse from Leeds, said the ward would close.", "a nurse from Leeds"),
        # nor is a word that opens the sentence before its subject
        (
            "When the union's president, Ada Okafor, said the strike was over, few believed her.",
            "the union's president",
        ),
        # nor is what they do, in a relative clause after the title
        (
            '"The story is about the future," said Dan Ives, an analyst at Wedbush '
            "Securities, who rates the stock outperform.",
            "an analyst at Wedbush Securities",
        ),
        # a job description before the name keeps its modifiers
        (
            "Chief financial officer Vaibhav Taneja said margins had improved.",
            "Chief financial officer",
        ),
        # nor is where the words were said
        (
            '"We are not taking anything for granted," said Rep. Alan Burke, the incumbent, '
            "at a town hall in Millbrook on Saturday.",
            "the incumbent",
        ),
        # a dateline before the title is not part of it
        (
            "NAIROBI, Kenya (AP) — Kenya's water minister, Wanjiru Kamau, said Monday that the "
            "reservoir had fallen.",
            "Kenya's water minister",
        ),
        (
            "LONDON (Reuters) - The company's chief executive, Jan Novak, said sales would rise.",
            "The company's chief executive",
        ),
    ],
)
def test_an_age_a_dateline_or_a_relative_clause_is_not_a_title(
    text: str, title: str | None
) -> None:
    assert [q.speaker.title for q in analyze(text).quotes] == [title]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an office before a lone surname makes a person of it for later pronouns
        (
            "Speaker Mike Johnson has said he will not hold a vote. President Biden urged the "
            'House to act. "Inaction is not an option," he said.',
            "Biden",
        ),
        (
            "Senator Hale opposed the bill. Representative Brooks, who backs it, spoke next. "
            '"We have to do whatever is necessary," he said.',
            "Brooks",
        ),
        # an honorific before a surname picks the namesake of its gender
        (
            "Laura Bush and Neil Bush arrived together. Mr. Bush spoke first. "
            '"Faith matters," he said.',
            "Neil Bush",
        ),
    ],
)
def test_an_office_or_honorific_before_a_surname(text: str, name: str) -> None:
    assert speakers_of(text)[-1] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "he" after a quote goes on with the speaker before it, not with someone only
        # mentioned since
        (
            "Dana Whitlock, a consultant who backed Sarah Palin in 2008, said her view had "
            "changed since Palin lost.\n\n"
            '"It is challenging the assumptions," she said.',
            "Dana Whitlock",
        ),
        (
            "Rep. Hank Jonson said that the willingness of voters to back John Kerry "
            'surprised him. "I sense that people are aware," he said.',
            "Hank Jonson",
        ),
        # unless that someone is a sentence's subject in between
        (
            'Captain Bruno Fernandes said the players shared the blame. "We have to look at '
            'ourselves," he said.\n\nFormer defender Gary Neville was scathing. "This club '
            'has lost its identity," he wrote.',
            "Gary Neville",
        ),
        (
            '"It will be Denver," said Ben Carlson.\n\nGovernor Chris Christie - a Dallas '
            'Cowboys fan - gave a one-word answer. "Dallas," he said.',
            "Chris Christie",
        ),
        (
            '"It was the moment," said Bill Clinton.\n\nBarack Obama himself seemed to '
            'see the significance. "Years from now, you will look back," he said.',
            "Barack Obama",
        ),
    ],
)
def test_a_pronoun_after_a_quote_goes_on_with_the_speaker(text: str, name: str) -> None:
    assert speakers_of(text)[-1] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # given names of international news, and family names written first
        ("Tomasz Kowalczyk spoke first. He said the cuts would hurt.", "Tomasz Kowalczyk"),
        (
            "Xi Jinping met the delegation on Monday. Later he said the talks were useful.",
            "Xi Jinping",
        ),
        (
            "Wojciech Nowak and Agnieszka Nowak run the farm. Wojciech spoke first.\n\n"
            '"We will not sell," she said.',
            "Agnieszka Nowak",
        ),
    ],
)
def test_names_from_beyond_the_us_census_list(text: str, name: str) -> None:
    assert speakers_of(text)[-1] == name


def test_a_group_opening_a_sentence_is_no_antecedent() -> None:
    text = (
        'Critics have dubbed the plan "Robin Hood in reverse." Senator Ruth Abano agreed. '
        '"It is a giveaway," she said.'
    )
    assert speakers_of(text)[-1] == "Ruth Abano"
    assert {s.name: s.kind for s in analyze(text).speakers}["Critics"] == "anonymous"


def test_a_person_named_once_by_one_name_after_a_role() -> None:
    text = (
        "Maria Oyelaran runs a bakery. Her husband, Tunde, drives a taxi. He says fuel "
        "prices have doubled."
    )
    assert [(s.name, s.title) for s in analyze(text).speakers] == [("Tunde", "Her husband")]


def test_a_description_set_off_before_a_name_is_the_title() -> None:
    text = (
        "Linda Osei said she would vote for the incumbent. Her neighbour, Paul Hendricks, "
        'disagreed.\n\n"It is time for someone new," Hendricks said.'
    )
    assert [s.title for s in analyze(text).speakers if s.name == "Paul Hendricks"] == [
        "Her neighbour"
    ]


@pytest.mark.parametrize(
    ("intro", "title"),
    [
        ("Texas Attorney General Ken Moreno hailed the decision.", "Attorney General"),
        ("Sen. Ken Moreno hailed the decision.", "Sen."),
        # an honorific is no title
        ("Mr. Ken Moreno hailed the decision.", None),
    ],
)
def test_a_title_at_the_first_mention_is_the_speakers(intro: str, title: str | None) -> None:
    text = f'{intro} "Today\'s ruling is a victory," he said in a statement.'
    analysis = analyze(text)
    assert [q.speaker.title for q in analysis.quotes] == [title]
    assert [s.title for s in analysis.speakers] == [title]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a body or office that does one thing, then says another
        (
            "The central bank held its cash rate on Tuesday but warned that inflation was "
            "proving sticky.",
            "The central bank",
        ),
        (
            "Australia's central bank held its cash rate on Tuesday but warned that inflation "
            "was proving sticky.",
            "Australia's central bank",
        ),
    ],
)
def test_a_body_as_the_subject_of_a_second_verb(text: str, name: str) -> None:
    assert speakers_of(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Economists at Westpac, Australia's second-biggest lender, said they now expected "
            "a cut in February.",
            "Economists at Westpac",
        ),
        (
            "Analysts at Westpac, the second-biggest lender, said they now expected a cut.",
            "Analysts at Westpac",
        ),
    ],
)
def test_people_at_an_organisation_before_its_apposition(text: str, name: str) -> None:
    assert speakers_of(text) == [name]


def test_different_given_name_is_a_different_person() -> None:
    text = '"We will win," said Hillary Clinton.\n\n"She will win," said Chelsea Clinton.'
    assert speakers_of(text) == ["Hillary Clinton", "Chelsea Clinton"]


def test_unattributed_quote_has_no_speaker() -> None:
    assert speakers_of('"This is the worst storm in a century."') == [None]


@pytest.mark.skipif(not DALIAN.exists(), reason="../shared is not beside the repo")
def test_dalian_article_end_to_end() -> None:
    text = DALIAN.read_text(encoding="utf-8")
    analysis = analyze(text, published="2018-11-04")

    def quote(start: str):
        return next(q for q in analysis.quotes if q.text.startswith(start))

    for q in analysis.quotes:
        assert text[q.start : q.end] == q.text
        if q.speaker and q.speaker.mention:
            m = q.speaker.mention
            assert text[m.start : m.end] == m.text
    expected = {
        "that Liaoning has the largest": "Xia Deren",
        "he hoped the two sides can str": "Xia Deren",
        "Intel's investment in the Dali": "Chee Chyuan Liong",
        "200 percent more employees": "Chee Chyuan Liong",
        "makes sure we receive what we ": "Chee Chyuan Liong",
        "It's really important to have ": "Scott Armanini",
        "is only getting stronger.": "Scott Armanini",
        "The building of Shenzhen Bay C": "Scott Armanini",
    }
    for start, name in expected.items():
        assert quote(start).speaker.name == name, start
    assert quote("It's really important to have ").kind == "direct"
    assert quote("200 percent more employees").kind == "partial"
    people = {s.name: s for s in analysis.speakers}
    assert people["Scott Armanini"].title == "a Silicon Valley-based venture capitalist"
    assert people["Chee Chyuan Liong"].title.startswith("vice president of Intel Corporation")
    assert {"Liong", "He"} <= set(people["Chee Chyuan Liong"].aliases)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the attribution became a sentence of its own after a full stop inside the quote
        ('Priebus rejected that idea.\n\n"We will win this one." Priebus said.', "Priebus"),
        # a participle after the subject's own clause
        ('Sanders issued a statement on Friday, saying, "We stand together."', "Sanders"),
        # any verb before a colon
        ('Kasich resisted: "Not now, not ever."', "Kasich"),
        # a colon closing the paragraph before a quote-only paragraph
        ('Reporter Jomana Karadsheh says:\n\n"The consulate has been taken."', "Jomana Karadsheh"),
        # a party tag set off by commas
        ('"We are ready," Rep. Glenn Thompson, R-Pa., said of the convention.', "Glenn Thompson"),
        # a relative clause: the mention is "who", the name its antecedent
        (
            'It was Donald Trump, who has said of them that "we have to take out their families."',
            "Donald Trump",
        ),
        # a described subject keeps its prepositional phrase up to its verb
        (
            "Tom Hale spoke first. A spokeswoman for the county board emailed reporters with the "
            'text of the rule, arguing, "The rule is clear."',
            "A spokeswoman for the county board",
        ),
        # a participle after a verb of saying is that verb's source's
        (
            'Tom Hale left as soon as prayers were finished, Ann Ruiz said, adding, "He was '
            'not very religious."',
            "Ann Ruiz",
        ),
        # and a participle after a quote is no inverted "said X"
        (
            "Jo Marsh said the members will still meet, but said, “It is time we change how "
            "we do it,” promising the Friends of Abe will return to its roots.",
            "Jo Marsh",
        ),
        # a message to its readers speaks for whoever sent it; "Even before ..." is a lead-in
        (
            "Even before Lee took the stage to claim his win, his campaign sent out a text "
            'message to supporters saying: "We won tonight!"',
            "his campaign",
        ),
        (
            "Her campaign quickly blasted out an email to supporters stating, “Hale joins the "
            "list of critics.”",
            "Her campaign",
        ),
    ],
)
def test_attribution_beyond_the_sentence(text: str, name: str) -> None:
    names = [q.speaker.name for q in analyze(text).quotes if q.kind in ("direct", "partial")]
    assert names == [name]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ('"They are wrong," said 9/11 widow Terry Strada.', "Terry Strada", "9/11 widow"),
        ('"It is fine," said 46-year-old teacher Jane Doe.', "Jane Doe", "46-year-old teacher"),
    ],
)
def test_numbers_in_a_description_before_a_name(text: str, name: str, title: str) -> None:
    (quote,) = analyze(text).quotes
    assert (quote.speaker.name, quote.speaker.title) == (name, title)


@pytest.mark.parametrize(
    "text",
    [
        '"Mr. Trump has erased his debt," the article read.\n\n"He is back," it added.',
        '"Mr. Trump has erased his debt," the article read.\n\n"He is back," it further wrote.',
    ],
)
def test_it_after_a_quote_is_the_document_quoted_before(text: str) -> None:
    quote = analyze(text).quotes[-1]
    assert quote.kind == "direct"
    assert quote.speaker.mention.text == "it"
    assert quote.speaker.name == "the article"


def test_it_with_nothing_quoted_before_names_nobody() -> None:
    (quote,) = analyze('"The plan is sound," it said.').quotes
    assert quote.speaker.mention.text == "it"
    assert quote.speaker.name is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The United Nations Security Council on Friday condemned the test as what it called"
            ' "a clear threat to international peace."',
            "The United Nations Security Council",
        ),
        (
            'The campaign is contrasting her plan with what they call Trump\'s "selfish message."',
            "The campaign",
        ),
    ],
)
def test_what_it_calls_is_the_sentences_organisation(text: str, name: str) -> None:
    (quote,) = analyze(text).quotes
    assert quote.speaker.name == name
    assert quote.speaker.mention.text == name


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a fragment in a clause about the subject: the subject's "He" points to the speaker
        (
            "Mike Pence spoke in Michigan. He released a letter from his doctor that says he"
            ' has "extraordinarily good health" for a 57-year-old.',
            "He",
        ),
        # a relative clause with its own speech verb keeps its own pronoun
        (
            "Mark Cuban spoke in Texas. He backed efforts to cut tuition, which he said has"
            ' grown because of "easy money."',
            "he",
        ),
    ],
)
def test_fragment_pronoun_and_the_sentence_subject(text: str, mention: str) -> None:
    (quote,) = [q for q in analyze(text).quotes if q.kind == "partial"]
    assert quote.speaker.name in ("Mike Pence", "Mark Cuban")
    first_he = text.index("He ")
    at = quote.speaker.mention.start
    assert quote.speaker.mention.text == mention
    assert (at == first_he) == (mention == "He")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A spokeswoman for Fiorina said the former executive has no more speeches scheduled.",
            "A spokeswoman for Fiorina",
        ),
        (
            "A spokesman for the buyer said it was committed to making this a showcase.",
            "A spokesman for the buyer",
        ),
        # a participle's prepositional object is not who spoke
        ('Protesters marching through the streets chanted "What curfew?"', "Protesters"),
        # an office "of" a place keeps its old reading
        ('"We are ready," Secretary of State John Kerry said.', "John Kerry"),
    ],
)
def test_the_object_of_a_preposition_is_not_the_speaker(text: str, name: str) -> None:
    assert speakers_of(text)[-1] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an irregular past tense after a name that follows a quote
        ('"You know, it happens," Trump went on, as if he had not heard.', "Trump"),
        ('"We will not stop," Warren wrote on Twitter.', "Warren"),
        # an age as the head of a description
        (
            "The 43-year-old former congressman argued the gun issue should now be a"
            ' "litmus test" for backers.',
            "The 43-year-old former congressman",
        ),
    ],
)
def test_irregular_verbs_and_ages(text: str, name: str) -> None:
    assert speakers_of(text)[-1] == name


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a connective with its own comma is a lead-in, not the subject
        (
            '"We won the night," Pence said.\n\nHowever, he characterized Kaine as "a little'
            ' desperate there."',
            "he",
        ),
    ],
)
def test_connective_lead_in(text: str, mention: str) -> None:
    quote = analyze(text).quotes[-1]
    assert quote.speaker.mention.text == mention
    assert quote.speaker.mention.start == text.index("he characterized")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Republican nominee also outlined his cybersecurity plan and vowed to harshly"
            ' punish "those who violate classification rules."',
            "The Republican nominee",
        ),
        (
            'The two Republican presidents introduced the "War On Drugs," which came with'
            " harsh laws.",
            "The two Republican presidents",
        ),
    ],
)
def test_a_described_subject_owns_the_fragment(text: str, name: str) -> None:
    (quote,) = [q for q in analyze(text).quotes if q.kind == "partial"]
    assert quote.speaker.name == name


def test_a_described_subject_that_is_named_does_not_speak() -> None:
    text = (
        'The conservative publication has been outspoken against him, arguing he is "a'
        ' political opportunist."'
    )
    assert speakers_of(text) == ["The conservative publication"]
    assert speakers_of('The new project will be called the "Defeat Crooked PAC" by founders.') == [
        None
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a colon closing a sentence about someone, after a dated lead-in
        (
            "On July 6, 2015, Sanders made the following comment:\n\n"
            '"For young people, the unemployment rate is 33 percent."',
            "Sanders",
        ),
        # "hearing" after a noun is the noun, not a cue: the second quote is Chaffetz's
        (
            '"Subpoenas are not optional," Rep. Jason Chaffetz said after Pagliano failed to'
            " show up at the second committee hearing he was called to. "
            '"Mr. Pagliano is a crucial fact witness."',
            "Jason Chaffetz",
        ),
    ],
)
def test_colon_after_a_dated_lead_in_and_noun_hearing(text: str, name: str) -> None:
    assert speakers_of(text)[-1] == name


def test_who_after_an_aside_is_the_name_before_it() -> None:
    text = (
        "Obama has had a frosty relationship with McConnell, now the Senate majority leader,"
        ' who in 2010 said the goal was to make Obama a "one-term president."'
    )
    quote = [q for q in analyze(text).quotes if q.kind == "partial"][0]
    assert (quote.speaker.name, quote.speaker.mention.text) == ("McConnell", "who")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "Then he ...": a leading adverb without a comma before the subject
        (
            'Donald Trump spoke first. Then he cut into Bush, calling him a "stiff" on stage.',
            "Donald Trump",
        ),
        # "to say": the subject of the sentence, not the noun after the verb
        (
            "Ben Carson spoke on Sunday. He went on to say Clinton's behavior is"
            ' "very different from somebody misinterpreting."',
            "Ben Carson",
        ),
        # a possessive before a cue noun and a comma: the noun closes the phrase
        (
            'Asked about Cruz\'s charges, Rubio said the reforms did not amount to "amnesty."',
            "Rubio",
        ),
    ],
)
def test_adverb_infinitive_and_possessive_noun(text: str, name: str) -> None:
    speakers = [q.speaker.name for q in analyze(text).quotes if q.kind == "partial"]
    assert speakers[-1].endswith(name.split()[-1])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a dash and a name in the paragraph under a quote
        (
            'The senator is wrong.\n\n"Americans are worried."\n\n- Bernie Sanders.',
            "Bernie Sanders",
        ),
        # a colon after a sentence whose first verb follows a titled name
        (
            "Munich was attacked.\n\nIn response to the loss of life, Republican presidential"
            " nominee Donald Trump issued the following statement:\n\n"
            '"Our prayers are with all those affected."',
            "Donald Trump",
        ),
        # the attribution is a sentence of its own, with an apposition holding commas
        (
            'She called voters.\n\n"How are you today?" Miller, a retired worker from a'
            " nuclear plant, said pleasantly into the phone.",
            "Miller",
        ),
    ],
)
def test_bylines_statements_and_appositions_beyond_the_sentence(text: str, name: str) -> None:
    assert speakers_of(text)[-1] == name


def test_a_quote_after_it_stated_keeps_the_mention() -> None:
    text = '"Nine witnesses were new," it stated. "The committee also read 70,000 pages."'
    quotes = analyze(text).quotes
    assert [q.speaker.mention.text for q in quotes] == ["it", "it"]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ('As Vulture put it, "Hello, it\'s the Biebs." Bieber is back.', "Vulture", None),
        # with an apposition and a colon, after another speaker's sentence
        (
            'Tom Hale spoke first. As Ann Ruiz, the No. 2 in the caucus, put it: "He will '
            'not be confirmed."',
            "Ann Ruiz",
            "the No. 2 in the caucus",
        ),
        # with a setting after "put it"
        (
            "A spokeswoman for the bank said no. As Aldridge put it in an interview: "
            '"The question is not whether, but how fast."',
            "Aldridge",
            None,
        ),
        (
            'It has been called "strategic ambiguity" by Joshua Hendrick, a professor at'
            " Loyola University Maryland, and it is hard to trace.",
            "Joshua Hendrick",
            "a professor at Loyola University Maryland",
        ),
        # a participle that opens a clause of its own, with the agent after the name
        (
            "The inquiry has drawn criticism — often labeled as a “witch hunt” by Democrats "
            "— but it goes on.",
            "Democrats",
            None,
        ),
    ],
)
def test_as_x_put_it_and_the_agent_of_a_passive(text: str, name: str, title: str | None) -> None:
    (quote,) = analyze(text).quotes
    assert (quote.speaker.name, quote.speaker.title) == (name, title)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "On Sunday in New Hampshire, which votes next, Jeb Bush referred to Rubio as"
            ' "a bright, charismatic leader."',
            "Jeb Bush",
        ),
    ],
)
def test_a_fragment_without_a_cue_goes_to_the_nearest_actor(text: str, name: str) -> None:
    assert speakers_of(text) == [name]


def test_a_party_adjective_after_a_share_is_not_a_source() -> None:
    text = (
        'PolitiFact rated 32% of Republican claims as "false" or "pants on fire." Conversely,'
        ' PolitiFact rated 22% of Democratic claims as "entirely true" this year.'
    )
    assert set(speakers_of(text)) == {"PolitiFact"}


def test_a_conjunction_and_a_lead_in_before_the_subject() -> None:
    text = (
        "Donald Trump spoke. And although he thanked the evangelical community, he sounded a"
        ' rare note of self-deprecation, saying, "I\'m not sure I really deserve it."'
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker.mention.text == "he"
    assert quote.speaker.name == "Donald Trump"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a dateline before the subject
        (
            "Washington (AFP) – Democrat Hillary Clinton has taken a swipe at Donald Trump,"
            ' saying that "bombastic comments" do more harm than good.',
            "Hillary Clinton",
        ),
        (
            "TALLAHASSEE — Rep. Ann Marsh on Monday took aim at the"
            ' "reckless and unfunded tax giveaway for the largest companies."',
            "Ann Marsh",
        ),
        # an adverb between the subject and its cue
        (
            "The American Legion has twice written to Sanders officials about"
            ' "the use of its logo."',
            "The American Legion",
        ),
    ],
)
def test_datelines_and_adverbs_before_the_cue(text: str, name: str) -> None:
    assert speakers_of(text)[-1] == name


def test_a_participle_opening_the_sentence_is_nobody() -> None:
    text = 'Acknowledging that Trump "says a lot of stupid stuff," though, he backed him.'
    assert "Acknowledging" not in speakers_of(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the owner of the remarks a verb takes as its object is not the speaker
        (
            'Hollande denounced Trump\'s remarks as "hurtful and humiliating" on Thursday.',
            "Hollande",
        ),
        # a possessive determiner opens a described subject
        (
            "His office put out a statement saying the country"
            ' "does not have the capacity to properly vet every incoming refugee."',
            "His office",
        ),
    ],
)
def test_object_owners_and_possessive_subjects(text: str, name: str) -> None:
    assert speakers_of(text)[-1] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"Look," Paradis said.\n\n"They came for free stuff," Bennett shot back.', "Bennett"),
        (
            '"France is no longer France," he claimed.\n\n"France will always be France,"'
            " an angry Hollande retaliated.",
            "Hollande",
        ),
    ],
)
def test_any_verb_after_a_described_name(text: str, name: str) -> None:
    assert speakers_of(text)[-1] == name


def test_a_quote_goes_on_from_the_quote_before_past_reported_speech_in_its_attribution() -> None:
    text = (
        '"They are not terminable at will," Trump spokesperson Ron Lieberman told the Wall'
        " Street Journal in July, after Mayor Bill de Blasio stated an interest in ending"
        ' business with Trump. "These contracts are fully binding."'
    )
    quotes = analyze(text).quotes
    assert [q.kind for q in quotes] == ["direct", "indirect", "direct"]
    assert quotes[-1].speaker.name == "Ron Lieberman"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The billionaire businessman began by talking about the drug crisis, saying that"
            ' heroin is now "cheaper than getting candy."',
            "The billionaire businessman",
        ),
        (
            "The Florida senator sought to calm his supporters, saying the heckler would"
            ' "not get beat up" at his rally.',
            "The Florida senator",
        ),
    ],
)
def test_a_described_subject_before_an_irregular_verb(text: str, name: str) -> None:
    assert speakers_of(text)[-1] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The memorial is growing. Said Dorothy Poynter, who grew up with Ali in the"
            ' neighborhood, "We were all so proud of him."',
            "Dorothy Poynter",
        ),
        (
            'She was "extreme careless" - as described by FBI Director James Comey - in'
            " handling classified information.",
            "James Comey",
        ),
        (
            'Former secretary of state Hillary Rodham Clinton:"We learned that from the State'
            ' Department."',
            "Hillary Rodham Clinton",
        ),
        (
            '"We learned that from the State Department," former secretary of state Hillary'
            " Rodham Clinton said.",
            "Hillary Rodham Clinton",
        ),
    ],
)
def test_inverted_said_as_described_by_and_secretary_of_state(text: str, name: str) -> None:
    assert speakers_of(text)[-1] == name


def test_it_opening_a_reported_sentence_is_the_document_quoted_before() -> None:
    text = (
        '"I can beat Hillary Clinton," the email read. It stated that Trump is rattled by'
        ' Cruz\'s "surge in the polls" this week.'
    )
    quote = [q for q in analyze(text).quotes if q.kind == "partial"][0]
    assert (quote.speaker.name, quote.speaker.mention.text) == ("the email", "It")


def test_years_earlier_is_a_lead_in() -> None:
    text = (
        "Hillary Clinton spoke first. Thirteen years earlier, she had voted for the war from"
        ' "the perspective of a senator from New York."'
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker.mention.text == "she"


@pytest.mark.parametrize(
    "text",
    [
        'A radio host has set up a website called "Cape Breton If Donald Trump Wins" for them.',
        'The firm is renowned for a chummy corporate culture called "The HP Way."',
    ],
)
def test_a_thing_called_something_is_no_speaker(text: str) -> None:
    names = speakers_of(text)
    assert "a website" not in names and "a chummy corporate culture" not in names


def test_called_for_is_still_a_cue() -> None:
    text = 'A group of rabbis called for a boycott, saying his rhetoric "must be redirected."'
    assert speakers_of(text)[-1] == "A group of rabbis"


def test_a_reporter_called_the_scene_still_speaks() -> None:
    text = 'A reporter for Agence France-Presse called the scene "absolute chaos" on Friday.'
    assert speakers_of(text)[-1] == "A reporter for Agence France-Presse"


def test_early_in_a_lead_in_is_nobody() -> None:
    text = 'Early in his campaign, Donald Trump attacked Romney, calling him "a failed candidate."'
    assert speakers_of(text)[-1] == "Donald Trump"


def test_whoever_sent_the_email_speaks_for_a_quote() -> None:
    text = 'Minutes later, Cheryl Mills sent an email saying "done."'
    assert speakers_of(text)[-1] == "Cheryl Mills"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Lindsey Graham spoke first. The criticism came from John McCain, who offered"
            ' "no changes to his reactive, indirect and incremental" strategy.',
            "John McCain",
        ),
        (
            "Donald Trump, who has postured himself as the “law and order candidate,” has"
            " taken a hardline stance.",
            "Donald Trump",
        ),
        (
            "Ivanka Trump introduced her father. Paul Manafort praised Ivanka Trump, who"
            ' called her father "the people\'s champion" in her speech.',
            "Ivanka Trump",
        ),
    ],
)
def test_a_fragment_in_a_who_clause_is_the_antecedents(text: str, name: str) -> None:
    quote = analyze(text).quotes[-1]
    assert (quote.speaker.name, quote.speaker.mention.text) == (name, "who")


def test_a_who_aside_between_the_name_and_said_is_stepped_over() -> None:
    text = (
        "“The answer you’d like me to give is, ‘I’m for the RFS, darn it,’” Cruz, who has"
        " proposed repealing the mandate over five years, said at the time."
    )
    quote = analyze(text).quotes[0]
    assert (quote.kind, quote.speaker.name, quote.speaker.mention.text) == (
        "direct",
        "Cruz",
        "Cruz",
    )


def test_two_descriptions_joined_by_and_are_one_speaker() -> None:
    text = (
        '"North Korea is a paranoid, isolated nation," the independent Vermont senator and'
        ' Democratic presidential candidate told ABC\'s "Good Morning America."'
    )
    quote = analyze(text).quotes[0]
    assert quote.speaker.name == (
        "the independent Vermont senator and Democratic presidential candidate"
    )


def test_went_on_after_a_question_quote_is_its_attribution() -> None:
    text = (
        "Kelly responded pointedly, with a smile: “Can happen when you’re 45.” She is 45.\n\n"
        "“You know, it happens, right?” Trump went on, as if he didn’t hear her."
    )
    quote = analyze(text).quotes[-1]
    assert (quote.speaker.name, quote.speaker.mention.text) == ("Trump", "Trump")


def test_a_possessive_lead_before_the_name_and_its_verb_is_its_title() -> None:
    text = (
        "Many of Europe's conservative politicians admire the U.S. billionaire candidate."
        ' "Go Donald Trump, go!!!," Italy\'s Northern League leader Matteo Salvini wrote on'
        ' Facebook. "We are on the same wavelength."'
    )
    assert [q.speaker.name for q in analyze(text).quotes] == ["Matteo Salvini"] * 2


@pytest.mark.parametrize(
    "text",
    [
        'Trump was quick to add that.\n\n"Would it be negotiable about the 11 million?"'
        ' Hannity pressed. "Maybe let some people stay."',
        '"Is that a threat?" Sean Hannity asked.',
    ],
)
def test_a_name_and_a_verb_alone_after_a_question_quote(text: str) -> None:
    assert all("Hannity" in q.speaker.name for q in analyze(text).quotes)


def test_a_bare_quote_after_an_attributed_one_goes_on_past_a_new_statement() -> None:
    text = (
        '"It\'s a very sad development," Cruz told reporters outside a restaurant in'
        ' Milwaukee. "This is the consequence of the culture of the Trump campaign."'
        " Ohio Gov. John Kasich said he would have fired the campaign manager."
    )
    quotes = analyze(text).quotes
    assert [q.speaker.name for q in quotes if q.kind == "direct"] == ["Cruz", "Cruz"]
    assert quotes[-1].kind == "indirect" and quotes[-1].speaker.name == "John Kasich"


def test_the_owner_of_a_promise_owns_the_fragment_it_names() -> None:
    text = (
        '"I didn\'t come here tonight to pander to you," Donald Trump said. But while'
        ' Trump\'s past statements, including his promise to be "neutral" in negotiations,'
        " worried some, the crowd cheered."
    )
    quote = analyze(text).quotes[-1]
    assert (quote.text, quote.speaker.name, quote.speaker.mention.text) == (
        "neutral",
        "Donald Trump",
        "his",
    )


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        # the claim's owner said the words, not the one whose verb frames the clause
        (
            "Ann Ruiz blamed the press for making an issue of Tom Hale’s claim that the mayor "
            "“rigged the vote,” saying it was a joke.",
            "rigged the vote,",
            "Tom Hale",
        ),
        (
            "Ann Ruiz spoke at length. The answer showed gaps between her claim that she "
            '"never saw the file" and the record.',
            "never saw the file",
            "Ann Ruiz",
        ),
    ],
)
def test_a_fragment_in_a_possessed_claim(text: str, fragment: str, name: str) -> None:
    quote = next(q for q in analyze(text).quotes if q.text == fragment)
    assert quote.speaker.name == name


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            '"It is called unity," Lee’s senior communications adviser Jo Marsh said.',
            "Jo Marsh",
            "Lee’s senior communications adviser",
        ),
        (
            '"She invited us to her house today" the Post\'s senior politics editor Tim Gold '
            "responded.",
            "Tim Gold",
            "the Post's senior politics editor",
        ),
    ],
)
def test_a_title_with_a_possessive_before_a_name(text: str, name: str, title: str) -> None:
    (quote,) = analyze(text).quotes
    assert (quote.speaker.name, quote.speaker.title) == (name, title)


def test_a_speakerless_question_does_not_break_a_quote_run() -> None:
    text = (
        "\"It is, 'Anyone but Smith',\" Le Pen told CNN in an interview when asked which "
        'candidate she would back.\n"It is anyone but Smith because Smith means war."'
    )
    assert analyze(text).quotes[-1].speaker.name == "Le Pen"


def test_a_speech_is_not_its_speaker() -> None:
    text = (
        "Tom Hale spoke next. Still flanked by agents, he spent much of his own 24-minute "
        "speech praising the candidate, who is running again."
    )
    assert not any("speech" in (name or "") for name in speakers_of(text))


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        # the name something goes by is in nobody's mouth
        (
            'Ann Ruiz met resistance at the firm, known for a chummy culture called "The Old Way."',
            "The Old Way.",
            None,
        ),
        (
            "At an event billed as “Hard Hats for Ruiz,” Ann Ruiz unveiled a plan.",
            "Hard Hats for Ruiz,",
            None,
        ),
        (
            "Democrats sued after Ohio ended what had been called the “Golden Week,” saying it "
            "hurt voters.",
            "Golden Week,",
            None,
        ),
        (
            'By July, the show was officially named "The Tom Hale Show," with Ruiz as host.',
            "The Tom Hale Show,",
            None,
        ),
        (
            'Mark Lazar, 44, known online as "Guccifer Two Point Oh," was extradited.',
            "Guccifer Two Point Oh,",
            None,
        ),
        # a word somebody calls something is theirs, and so is a name given by an agent
        (
            "Texas Sen. Tom Hale, who has surged in Iowa, named “Criminal Minds” and “Veep” as "
            "his top shows.",
            "Criminal Minds",
            "Tom Hale",
        ),
        ('Tom Hale called the plan "a disaster."', "a disaster.", "Tom Hale"),
        (
            'The movement has been called "strategic ambiguity" by Joshua Hendrick, a professor.',
            "strategic ambiguity",
            "Joshua Hendrick",
        ),
    ],
)
def test_the_name_of_a_thing_has_no_speaker(text: str, fragment: str, name: str | None) -> None:
    quote = next(q for q in analyze(text).quotes if q.text == fragment)
    assert (quote.speaker.name if quote.speaker else None) == name


def test_a_bare_quote_after_a_reported_sentence_goes_on_from_it() -> None:
    text = (
        '"We have bigger problems," says Ana Ruiz, 34, a nurse from Texas. She says people '
        'should be able to choose. "It is their life."'
    )
    quote = analyze(text).quotes[-1]
    assert (quote.speaker.name, quote.speaker.mention.text) == ("Ana Ruiz", "She")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an honorific picks among namesakes
        (
            "Donald Trump spoke first. His first wife, Ivana Trump, was in the news. Later, "
            'Mr. Trump told CNBC: "I wish I could be like that."',
            "Donald Trump",
        ),
        (
            "Bill Clinton and Hillary Clinton arrived together. Bill Clinton waved. "
            '"We are ready," Mrs. Clinton said.',
            "Hillary Clinton",
        ),
        # but never rules out the only one: "Lee" reads as a man's name
        ('Lee Epstein teaches law. "It is rare," Ms. Epstein said.', "Lee Epstein"),
    ],
)
def test_an_honorific_picks_among_namesakes(text: str, name: str) -> None:
    assert analyze(text).quotes[-1].speaker.name == name


def test_back_opens_a_lead_in() -> None:
    text = (
        "Tom Hale spoke in Mexico. But back on American soil, he returned to his familiar "
        'lines: "It is called America First!"'
    )
    assert analyze(text).quotes[-1].speaker.name == "Tom Hale"


def test_a_quote_split_by_a_long_attribution_keeps_its_speaker() -> None:
    text = (
        "“Many people are uncertain,” Ann Ruiz wrote in a statement to Wired explaining why "
        "she is speaking, “but most voters agree that the state is on the wrong track.”"
    )
    assert [q.speaker.name for q in analyze(text).quotes] == ["Ann Ruiz", "Ann Ruiz"]


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        # the name after "accuses" is its object, not an inverted subject
        (
            'A campaign ad released Thursday accuses Tom Hale of buying influence "in a '
            'pattern of sleaze."',
            "in a pattern of sleaze.",
            "A campaign ad",
        ),
        # nor is a name followed by its own verb: "said the program is ..." reports
        (
            "Rich Hale, a top operative who played a major role in the 2008 win and now runs "
            "the early vote in the state, said the absentee program is a “critical part of "
            "our strategy.”",
            "critical part of our strategy.",
            "Rich Hale",
        ),
        (
            "Tom Hale used to support Rand Paul, but now said Trump had “the chance to bring "
            "us together.”",
            "the chance to bring us together.",
            "Tom Hale",
        ),
        # nor is the name after "which said"
        (
            "The council voted for the resolution which said the city “condemns hate speech.”",
            "condemns hate speech.",
            "The council",
        ),
        # "X accuses ... and Y Z says ...": two statements
        (
            'Tom Hale accuses Obama of "leading from behind" and Ann Ruiz says he is "losing '
            'the war," part of a verbal lashing.',
            "losing the war,",
            "Ann Ruiz",
        ),
        # "X saying ... and Y calling ...": two statements
        (
            "They released a statement – Ann Ruiz saying she was “very encouraged” and Tom "
            "Hale calling it a “great meeting.”",
            "great meeting.",
            "Tom Hale",
        ),
    ],
)
def test_objects_and_second_subjects_are_not_the_first_speaker(
    text: str, fragment: str, name: str
) -> None:
    quote = next(q for q in analyze(text).quotes if q.text == fragment)
    assert quote.speaker.name == name


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        # a belief or a weak cue gives way to quoted words framed by a verb of saying
        (
            'Tom Hale met the group. He sincerely believes, he said, that "the mayor is a '
            'good man."',
            'that "the mayor is a good man."',
            "he",
        ),
        (
            'Tom Hale spoke on Tuesday. Cost estimates, he added, were "based on a prototype."',
            'were "based on a prototype."',
            "he",
        ),
        # a finding does not: the poll speaks
        (
            "The poll also finds that 37 percent of voters say the mayor is “very "
            "responsible” for the delay.",
            "very responsible",
            "The poll",
        ),
    ],
)
def test_a_belief_gives_way_to_a_verb_of_saying_inside_it(
    text: str, fragment: str, mention: str
) -> None:
    quote = next(q for q in analyze(text).quotes if q.text == fragment)
    assert quote.speaker.mention.text == mention


@pytest.mark.parametrize(
    ("text", "name", "mention"),
    [
        # a nickname inside a name is part of the name, not a quote
        (
            '"We are ready," said Robert C. "Bobby" Scott.',
            "Robert C. Scott",
            'Robert C. "Bobby" Scott',
        ),
        (
            '"We won!" Lee\'s niece, state Del. Marcia "Cia" Price (D-Newport News), shouted '
            "to the crowd.",
            "Marcia Price",
            'Del. Marcia "Cia" Price',
        ),
        # a description, then the name in an apposition, in the sentence after the quote
        (
            '"We won!" Lee\'s niece, Marcia Price, said to the crowd.',
            "Marcia Price",
            "Marcia Price",
        ),
    ],
)
def test_a_nickname_or_a_description_around_a_name(text: str, name: str, mention: str) -> None:
    (quote,) = analyze(text).quotes
    assert (quote.speaker.name, quote.speaker.mention.text) == (name, mention)


def test_recalled_takes_an_object_not_an_inverted_subject() -> None:
    text = (
        'Ann Ruiz supports "fair pay raises" and recalled the three-year freeze on pay '
        'rates: "I saw how hard it was for workers."'
    )
    assert analyze(text).quotes[-1].speaker.name == "Ann Ruiz"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a possessed noun before the cue: the possessor speaks
        (
            "But Holt’s most explosive claim is that the committee is a rigged game launched "
            "to get the mayor.",
            "Holt",
        ),
        # "He's" is "he is", no possessive: the described subject stays
        ("Tom Hale spoke. He's a puppet saying exactly what voters want to hear.", "a puppet"),
    ],
)
def test_a_possessed_cue_noun(text: str, name: str) -> None:
    assert analyze(text).quotes[-1].speaker.name == name


def test_a_fragment_with_its_own_attribution_set_off_inside_a_clause() -> None:
    text = (
        'Ann Ruiz suggested that the plan was unserious - "Again, we need to get into the '
        'details," she said - and charged that it would fail.'
    )
    quote = next(q for q in analyze(text).quotes if q.text.startswith("Again"))
    assert (quote.speaker.name, quote.speaker.mention.text) == ("Ann Ruiz", "she")
