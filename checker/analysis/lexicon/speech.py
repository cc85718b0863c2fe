"""Cue verbs, titles, pronouns and the other word lists that attribution rests on.

Each verb is listed once as ``base 3sg past ing`` so that every form is known; the sets
below are what the rest of the code reads.
"""

from __future__ import annotations

import re


def _forms(table: str) -> dict[str, str]:
    """Map every inflected form in a ``base 3sg past ing`` table to its base form."""
    out: dict[str, str] = {}
    for line in table.strip().splitlines():
        words = line.split()
        for w in words:
            out[w] = words[0]
    return out


# Verbs of saying: they introduce both direct quotes and reported speech.
SPEECH_VERBS = _forms(
    """
    say says said saying
    tell tells told telling
    add adds added adding
    write writes wrote writing
    ask asks asked asking
    note notes noted noting
    report reports reported reporting
    announce announces announced announcing
    tweet tweets tweeted tweeting
    argue argues argued arguing
    explain explains explained explaining
    continue continues continued continuing
    declare declares declared declaring
    acknowledge acknowledges acknowledged acknowledging
    admit admits admitted admitting
    warn warns warned warning
    insist insists insisted insisting
    deny denies denied denying
    claim claims claimed claiming
    state states stated stating
    reply replies replied replying
    respond responds responded responding
    recall recalls recalled recalling
    conclude concludes concluded concluding
    predict predicts predicted predicting
    promise promises promised promising
    pledge pledges pledged pledging
    vow vows vowed vowing
    reveal reveals revealed revealing
    confirm confirms confirmed confirming
    suggest suggests suggested suggesting
    agree agrees agreed agreeing
    complain complains complained complaining
    assert asserts asserted asserting
    allege alleges alleged alleging
    contend contends contended contending
    maintain maintains maintained maintaining
    stress stresses stressed stressing
    emphasize emphasizes emphasized emphasizing
    emphasise emphasises emphasised emphasising
    point points pointed pointing
    observe observes observed observing
    remark remarks remarked remarking
    comment comments commented commenting
    testify testifies testified testifying
    joke jokes joked joking
    quip quips quipped quipping
    shout shouts shouted shouting
    yell yells yelled yelling
    chant chants chanted chanting
    cry cries cried crying
    exclaim exclaims exclaimed exclaiming
    mutter mutters muttered muttering
    whisper whispers whispered whispering
    scream screams screamed screaming
    boast boasts boasted boasting
    brag brags bragged bragging
    concede concedes conceded conceding
    caution cautions cautioned cautioning
    urge urges urged urging
    charge charges charged charging
    accuse accuses accused accusing
    describe describes described describing
    call calls called calling
    label labels labeled labeling
    dub dubs dubbed dubbing
    mention mentions mentioned mentioning
    explain explains explained explaining
    answer answers answered answering
    retort retorts retorted retorting
    counter counters countered countering
    repeat repeats repeated repeating
    reiterate reiterates reiterated reiterating
    estimate estimates estimated estimating
    speculate speculates speculated speculating
    predict predicts predicted predicting
    post posts posted posting
    read reads read reading
    recount recounts recounted recounting
    lament laments lamented lamenting
    demand demands demanded demanding
    propose proposes proposed proposing
    threaten threatens threatened threatening
    signal signals signaled signaling
    hint hints hinted hinting
    indicate indicates indicated indicating
    disclose discloses disclosed disclosing
    acknowledge acknowledges acknowledged acknowledging
    elaborate elaborates elaborated elaborating
    criticize criticizes criticized criticizing
    praise praises praised praising
    blame blames blamed blaming
    question questions questioned questioning
    dismiss dismisses dismissed dismissing
    defend defends defended defending
    reject rejects rejected rejecting
    muse muses mused musing
    wonder wonders wondered wondering
    scoff scoffs scoffed scoffing
    snap snaps snapped snapping
    sigh sighs sighed sighing
    laugh laughs laughed laughing
    chuckle chuckles chuckled chuckling
    grumble grumbles grumbled grumbling
    gush gushes gushed gushing
    rave raves raved raving
    marvel marvels marveled marveling
    interject interjects interjected interjecting
    interrupt interrupts interrupted interrupting
    proclaim proclaims proclaimed proclaiming
    venture ventures ventured venturing
    advise advises advised advising
    implore implores implored imploring
    plead pleads pleaded pleading
    tease teases teased teasing
    taunt taunts taunted taunting
    mock mocks mocked mocking
    bark barks barked barking
    bellow bellows bellowed bellowing
    roar roars roared roaring
    thunder thunders thundered thundering
    hiss hisses hissed hissing
    murmur murmurs murmured murmuring
    sneer sneers sneered sneering
    concur concurs concurred concurring
    affirm affirms affirmed affirming
    opine opines opined opining
    reason reasons reasoned reasoning
    surmise surmises surmised surmising
    instruct instructs instructed instructing
    inform informs informed informing
    assure assures assured assuring
    remind reminds reminded reminding
    greet greets greeted greeting
    """
)

# Verbs of belief, knowledge and finding: PolNeAR attributes these too ("polls show").
BELIEF_VERBS = _forms(
    """
    think thinks thought thinking
    believe believes believed believing
    feel feels felt feeling
    know knows knew knowing
    hope hopes hoped hoping
    fear fears feared fearing
    expect expects expected expecting
    worry worries worried worrying
    doubt doubts doubted doubting
    show shows showed showing
    find finds found finding
    conclude concludes concluded concluding
    suspect suspects suspected suspecting
    wonder wonders wondered wondering
    assume assumes assumed assuming
    realize realizes realized realizing
    recognize recognizes recognized recognizing
    understand understands understood understanding
    want wants wanted wanting
    see sees saw seeing
    learn learns learned learning
    hear hears heard hearing
    imagine imagines imagined imagining
    """
)

# Verbs of stance and intention: PolNeAR attributes these too ("Cruz refused to endorse
# Trump", "Clinton plans to visit Charlotte"). Forms that are more often nouns ("plan",
# "support", "back", "decline") are left out; the rest are weak cues (a clear subject only).
# An intention is "to" and a verb; a stance takes an object.
INTENT_VERBS = frozenset(
    "plans planned planning declines declined declining refuse refuses refused refusing "
    "seeks sought seeking".split()
)
STANCE_VERBS = {
    w: w
    for w in (
        "endorses endorsed endorsing supports supported supporting opposes opposed opposing "
        "backed backing"
    ).split()
    + sorted(INTENT_VERBS)
}

CUE_VERBS: dict[str, str] = {**STANCE_VERBS, **BELIEF_VERBS, **SPEECH_VERBS}

# Cue verbs that take the hearer as object before the content: "told reporters that ...".
HEARER_VERBS = frozenset({"tell", "warn", "remind", "assure", "inform", "ask", "urge", "promise"})

# A cue verb that is a noun or adjective more often than a verb stands only beside a
# clear subject ("the poll shows"), never alone.
WEAK_CUES = frozenset(
    """
    states state post posts read reads point points call calls counter counters question
    questions charge charges comment comments report reports answer answers signal signals
    hint hints estimate estimates see sees saw seeing hear hears heard want wants wanted
    reason reasons reasoning snap snaps mock venture ventures rave raves marvel marvels
    thunder sigh laugh laughs
    feel feels felt learn learns learned know knew knows find finding post proposed propose
    proposes recall recalls demand demands promise promises label labels
    """.split()
) | frozenset(STANCE_VERBS)

# Verbs after which the following words are the content even without "that".
ACCORDING_TO = re.compile(r"\b(?:[Aa]ccording\s+to)\s+", re.UNICODE)

PRONOUNS_MALE = frozenset({"he", "him", "his", "himself"})
PRONOUNS_FEMALE = frozenset({"she", "her", "hers", "herself"})
PRONOUNS_PLURAL = frozenset({"they", "them", "their"})
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it", "you"})

HONORIFICS_MALE = frozenset({"mr", "mr.", "sir", "lord", "king", "prince", "father", "brother"})
HONORIFICS_FEMALE = frozenset(
    {"mrs", "mrs.", "ms", "ms.", "miss", "madam", "dame", "lady", "queen", "princess", "sister"}
)

# Titles that stand before a name ("Deputy Mayor Luis Ortega", "Sen. Tim Kaine").
TITLE_WORDS = frozenset(
    """
    mr mr. mrs mrs. ms ms. dr dr. prof prof. sen sen. rep rep. gov gov. gen gen. lt lt. col col.
    sgt sgt. capt capt. adm adm. maj maj. rev rev. hon hon. pres pres. atty atty. supt supt.
    sir dame lord lady president vice deputy mayor governor senator representative congressman
    congresswoman secretary minister premier chancellor chairman chairwoman chair director
    judge justice attorney general spokesman spokeswoman spokesperson professor chief officer
    ambassador commissioner sheriff councilman councilwoman councillor councilor speaker leader
    coach captain king queen prince princess pope cardinal bishop rabbi imam pastor father
    sister brother former acting interim assistant associate executive senior managing lt.-gov
    candidate nominee chairperson ceo cfo coo cto founder anchor host correspondent reporter
    analyst strategist adviser advisor aide manager treasurer trustee delegate del
    director-general secretary-general attorney-general vice-president vice-chair
    vice-chairman vice-chairwoman governor-general editor-in-chief
    """.split()
)

# Single words that end an organisation's name, so "the ministry said" and
# "Intel Corporation said" name organisations, not people.
ORG_WORDS = frozenset(
    """
    party committee campaign department ministry agency office council commission board
    bureau administration government university college school institute foundation center
    centre association union league corporation corp corp. inc inc. co co. company ltd ltd.
    group bank fund times post news journal network press herald tribune gazette review
    magazine daily television radio channel cnn msnbc nbc abc cbs fox bbc reuters ap afp
    poll polls survey study report court congress senate house parliament assembly police
    army navy military service services team club pac church organization organisation
    coalition alliance federation society project initiative firm clinic hospital
    observer examiner inquirer chronicle sun star globe mail telegraph guardian independent
    economist atlantic politico breitbart huffpost axios
    """.split()
)

# Capitalised words that start sentences or headlines but are not names.
NOT_NAMES = frozenset(
    """
    the a an and but or so yet for nor if then when while after before because although though
    as at by in on of to from with without into onto over under about above below between
    this that these those there here his her their its our my your we they he she it i you
    who what where why how which whose one some many most all any each every no not also
    still just only even now later today yesterday tomorrow meanwhile however instead
    asked said says told added according
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    mr mrs ms dr
    indeed beyond alongside moreover furthermore additionally nevertheless nonetheless
    perhaps maybe finally first second third next thus hence therefore otherwise similarly
    likewise already ultimately eventually currently recently previously earlier tonight
    unlike despite whereas since unless until once whenever wherever during within amid
    across against along around behind besides throughout toward towards upon via plus
    except regarding including following speaking asked noting adding saying sources
    polls yes well oh please thank thanks sorry hello dear
    """.split()
)

# Anonymous and generic sources: "a senior official said", "officials said".
GENERIC_SOURCE_NOUNS = frozenset(
    """
    official officials spokesman spokeswoman spokesperson source sources aide aides adviser
    advisers advisor advisors analyst analysts expert experts observer observers critic critics
    supporter supporters voter voters resident residents witness witnesses people police
    officer officers investigator investigators prosecutor prosecutors lawyer lawyers attorney
    attorneys researcher researchers scientist scientists economist economists strategist
    strategists democrats republicans leader leaders member members executive executives
    statement report poll polls survey surveys study studies data documents records
    campaign ministry department agency government administration company group committee
    spokesmen spokeswomen statement filing letter memo court judge organizers organiser
    organizer organisers person man woman friend friends representative representatives
    candidate nominee president governor senator mayor minister
    rival rivals ally allies partner partners colleague colleagues opponent opponents
    specialist specialists historian historians pollster pollsters activist activists
    advocate advocates lawmaker lawmakers legislator legislators delegate delegates donor
    donors scholar scholars professor professors consultant consultants operative operatives
    insider insiders diplomat diplomats negotiator negotiators regulator regulators
    authorities agencies departments companies groups union unions protesters protestors
    demonstrators respondents participants veterans citizens employees workers students
    affidavit complaint lawsuit indictment ruling opinion motion filing filings side sides
    email emails e-mail e-mails
    """.split()
)

# Words that can head a phrase for someone who speaks: "the ministry", "a senior official",
# "the governor".
SOURCE_HEAD_WORDS = GENERIC_SOURCE_NOUNS | ORG_WORDS | TITLE_WORDS

DETERMINERS = frozenset(
    "the a an this these those his her their its our my your another one two three several "
    "many few most all "
    "some many most other both".split()
)

# Words that may sit between a subject and its cue verb: "Trump also said", "she has said".
AUX_AND_ADVERBS = frozenset(
    """
    also later then once previously recently repeatedly has have had would will could
    may might must should did does do is was were are be been being not never often always
    again further quickly flatly bluntly frankly simply publicly privately separately
    reportedly allegedly apparently clearly openly angrily calmly yesterday today
    twice already long since here
    """.split()
)

STOP_CAPITALISED = NOT_NAMES

# Words that open a time or setting phrase after a cue: "..., Trump said on Friday."
ADVERBIAL_STARTERS = frozenset(
    """
    on in at during after before last this earlier later yesterday today tonight tomorrow
    monday tuesday wednesday thursday friday saturday sunday when while as recently
    again also previously afterward afterwards then through via to from with
    """.split()
)

# Lowercase words that cannot end a source noun phrase.
NOT_SOURCE_HEADS = frozenset(
    """
    that which who whom whose what when where while because although though if as than
    and or but not also still just only even then there here very so too really
    is was are were be been being has have had do does did will would can could may might
    must should shall it its it's this these those such
    of by for with to in on at from about into over under after before against among
    following few lot number speech speeches
    """.split()
)
