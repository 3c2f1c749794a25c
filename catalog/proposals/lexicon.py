"""Word lists the proposal heuristics read: cue words, honorifics, titles, stop words.

Plain data, English only. Sets hold the spelling as it appears in running text; entries
that are matched case-insensitively are stored lower-cased (and say so).
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Attribution verbs, lower-case, matched as whole words in running text.
CUE_VERBS = _words(
    """
    said says say wrote writes write told tells added adds stated states argued argues
    warned warns agreed agree agrees noted notes explained explains insisted insists
    claimed claims asked asks replied replies declared declares announced announces
    tweeted tweets posted urged urges pledged pledges vowed vows promised promises
    recalled recalls commented comments observed observes remarked remarks suggested
    suggests concluded concludes acknowledged acknowledges admitted admits emphasised
    emphasized emphasises emphasizes stressed stresses reiterated reiterates demanded
    demands called calls described describes dubbed labelled labeled quipped shouted
    cautioned confirmed confirms predicted predicts conceded concedes responded responds
    """
)
# Multi-word cues after which the speaker follows ("according to X").
CUE_PHRASES_SPEAKER_AFTER = ("according to", "in the words of")

# Words that may sit between a subject and its attribution verb, lower-case.
AUXILIARIES = _words(
    """
    also later then recently previously once reportedly famously repeatedly publicly
    privately separately subsequently further even earlier has had have was were is are
    would will since again jointly first last only just already today yesterday tonight
    """
)

# Leading words of a clause that are not part of its subject, lower-case.
CLAUSE_OPENERS = _words(
    """
    and but yet so then meanwhile however also while as when because since although
    though whereas if that where after before once until indeed moreover furthermore
    still now thus therefore hence instead nevertheless nonetheless later finally
    """
)

PREPOSITIONS = _words(
    """
    of for in at from with on to by about against among between into over under
    within without across through after before during via near behind beyond
    """
)

DETERMINERS = _words(
    """
    the a an this these those its his her their our my your some many all both several
    most other another each every any such no
    """
)

# Head nouns of lower-case speaker phrases ("the ministry", "a spokesman"), lower-case.
ORG_NOUNS = _words(
    """
    ministry government committee council party agency company court army military police
    embassy office department administration parliament organisation organization group
    movement coalition alliance front union bank institute university commission board
    firm network newspaper cabinet presidency regime taliban authorities authority team
    operator carrier airline broadcaster
    campaign
    """
)
PERSON_NOUNS = _words(
    """
    minister spokesman spokeswoman spokesperson president official chairman chairwoman
    chair author leader commander director analyst expert diplomat ambassador envoy senator
    lawmaker congressman congresswoman professor researcher activist journalist resident
    witness man woman source general governor mayor secretary chief founder head member
    candidate prosecutor judge lawyer doctor officer soldier fighter farmer teacher student
    mother father writer scholar negotiator adviser advisor king queen prince emir
    """
)
COLLECTIVE_NOUNS = _words("people public crowd participants delegates staff")

PRONOUNS_SINGULAR = {"he": "person", "she": "person"}
PRONOUNS_OTHER = _words("i we they you it")

# Honorifics dropped from a name; written without the period.
HONORIFICS = _words(
    """
    Mr Mrs Ms Miss Mx Dr Prof Rep Sen Gen Col Maj Capt Lt Sgt Gov Rev Hon Amb Pres Adm
    Cmdr Brig Supt Insp Fr Sr Jr St
    """
)

# Capitalised title words kept apart from a name as its role ("Foreign Minister X").
TITLES = _words(
    """
    President Vice Prime Minister Secretary Secretary-General Senator Representative
    Congressman Congresswoman Chairman Chairwoman Chair Governor Mayor Ambassador Envoy
    Commander General Admiral Chancellor King Queen Prince Princess Crown Emir Sultan Pope
    Judge Justice Speaker Spokesman Spokeswoman Spokesperson Director Chief Deputy Foreign
    Defence Defense Interior Finance Former Acting Supreme Leader Sheikh Mullah Professor
    Doctor Colonel Major Captain Lieutenant Sergeant Field Marshal Senior Special
    Councillor Councilor Alderman Conservator Curator Archivist Correspondent CEO CFO COO CTO
    """
)

# Words completing a title rather than starting a name ("Secretary of State").
TITLE_COMPLEMENTS = _words(
    """
    State Defence Defense Staff Affairs Interior Justice Finance Commerce Energy Health
    Education Labour Labor Treasury Agriculture Transport Trade
    """
)

# Capitalised words that begin sentences or clauses but never begin a name.
STOP_WORDS = _words(
    """
    The A An This That These Those It Its I We He She They You Our Their His Her My Your
    There Here However Last Next In On At By For From With Without Within Into Of To As
    After Before Although Though While When Where Whether If Unless Because Since Such But
    And Or Nor So Yet Also Still Even Only Meanwhile Moreover Furthermore Indeed Instead
    Then Thus Therefore Hence Now Today Yesterday Tomorrow Tonight Already Almost All Both
    Each Every Some Many Most Much More Few Several Other Another Any No Not Nothing
    Despite During Under Over Between Among Against Across Through Throughout Around About
    Above Below Beyond Like Unlike Upon Via Per What Which Who Whom Whose Why How Once
    Until Amid Amidst Following According Regarding Given Let Please Yes Militarily
    Politically Economically Meanwhile Similarly Finally Ultimately Recently Currently
    Still Perhaps Maybe Clearly Instead Otherwise Overall Just Even Later Earlier
    """
)

MONTHS_AND_DAYS = _words(
    """
    January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday
    Friday Saturday Sunday
    """
)

# Lower-case words allowed inside a name: connectors (org and event names) and particles
# (person names such as "bin Laden", "van Gogh").
CONNECTORS = _words("of for")
PARTICLES = _words("bin bint ibn al el de du da di del della van von der den la le dos das")

# Nationality, ethnic and religious adjectives: they modify names ("Afghan Sikh") but are
# not actors of the four proposed types.
DEMONYMS = _words(
    """
    Afghan Afghans American Americans British French German Russian Iranian Pakistani
    Indian Turkish Arab Arabs Saudi Emirati Qatari Israeli Palestinian Syrian Iraqi
    Egyptian Ukrainian European African Asian Chinese Japanese Korean Western Eastern
    Northern Southern Muslim Muslims Christian Jewish Sikh Hindu Buddhist Sunni Shia Shiite
    Kurdish Kurds Pashtun Pashtuns Tajik Tajiks Uzbek Uzbeks Hazara Hazaras Baloch Turkmen
    Soviet Islamist Jihadist
    """
)

# Head nouns that make a name an organisation, an event or a place.
ORG_CUES = _words(
    """
    Front Council Committee Institute Congress Alliance House Ministry Party University
    Union Bank Agency Foundation Association Group Forces Force Army Navy Guard Corps
    Department Office Commission Court Parliament Senate Assembly Government Administration
    Organisation Organization Movement Coalition Federation League Society Center Centre
    College School Company Corporation Inc Ltd Network Times News Bureau Service Authority
    Brigade Brigades Fund Trust Board Cabinet Police Command Secretariat Embassy Consulate
    Mission Club Academy Hospital Church Airlines Airways Press Media Television Radio
    Herald Tribune Gazette Journal Institution Initiative Caucus Taskforce Agencies Bureau
    Emirate Republic Regime Directorate Tribunal Observatory Watch Program Programme
    Library Museum Archive Archives Gallery
    Ledger Chronicle Post Courier Observer Telegraph Guardian Weekly Inquirer Examiner
    Dispatch Sentinel Recorder
    """
)
EVENT_CUES = _words(
    """
    Conference Summit Process War Election Elections Olympics Games Cup Talks Agreement
    Accord Accords Treaty Revolution Crisis Massacre Invasion Uprising Protests Festival
    Championship Convention Meeting Week Day Spring Offensive Operation Battle Siege Ceasefire
    """
)
PLACE_CUES = _words(
    """
    Province City Valley River Mountains Mountain Lake Sea Ocean Gulf Bay Island Islands
    Strait Peninsula Desert Region District County Governorate Prefecture Square Street
    Avenue Road Airport Pass Basin Coast Heights Plateau Canal Camp Village Town
    Hall Harbour Harbor Quay Station Bridge Palace Castle Cathedral Mosque Tower
    """
)
# First words that make a name a place ("Mount Everest", "Gulf of Aden").
PLACE_PREFIXES = _words("Mount Lake Gulf Strait Bay Cape Sea Isle Port")

# Words after which "of"/"for" may continue a name ("Front of Afghanistan").
CONNECTABLE_HEADS = (
    ORG_CUES
    | EVENT_CUES
    | PLACE_CUES
    | PLACE_PREFIXES
    | _words(
        "Kingdom Secretary Minister Ministry Prince Duke Bishop Archbishop Islamic State States"
    )
)

# Organisations known by a bare name or an acronym.
ORG_NAMES = _words(
    """
    Taliban Hamas Hezbollah Hizbollah Pentagon Kremlin Houthis Al-Qaeda Al-Shabaab Daesh
    ISIS ISIL Mossad Interpol Europol Politburo Knesset Bundestag Duma Majlis Vatican
    """
)
ORG_ACRONYMS = _words(
    """
    UN NATO EU AU OSCE IMF OPEC ASEAN ICC ICJ FBI CIA NSA WHO WTO UNHCR UNICEF UNESCO
    UNAMA NRF SCO GCC OIC BBC CNN NGO IAEA IDF KGB FSB ISI NDS G7 G20 BRICS
    """
)
