"""The words the rules backend reads: counted nouns, fates, qualifiers, scope cues.

These are general English patterns of loss reporting (number-noun phrases, fate verbs,
hedges), not phrases lifted from any one article. Category codes and enum values come
from ``schemas``.
"""

from __future__ import annotations

import re

from extractor.backends.rules.prefilter import guarded
from schemas import Category, Qualifier, Scope

# The hedge a bare number may carry ("up to 470", "about 21,000"): the end of a lead-in.
HEDGE = (
    r"(?:about\s+|around\s+|some\s+|more\s+than\s+|over\s+|at\s+least\s+|nearly\s+|almost\s+|"
    r"approximately\s+|clos(?:e|er)\s+to\s+|an\s+estimated\s+|up\s+to\s+|roughly\s+|between\s+|"
    r"as\s+many\s+as\s+|no\s+fewer\s+than\s+|upwards\s+of\s+|well\s+over\s+|c\.\s*)?"
)

# An article opening a name or a phrase: "the 93rd Brigade", "a missile strike"
LEADING_ARTICLE = re.compile(r"^(?:an?|the)\s+", re.IGNORECASE)
MONTH_NAME = (r"January|February|March|April|May|June|July|August|September|October|November|"
              r"December")  # fmt: skip

_ARMOR = r"armou?red"
_DEFENSE = r"defen[cs]e"

# (a model is the noun when no noun follows it: "12 Tu-95MS and", not "nine Tu-22M3 bombers")
_MODEL_ALONE = r"(?=\s*[,.;:)]|\s*$|\s+(?:and|or|were|was|had|have|in|at|on|over|near)\b)"

# Equipment nouns, most specific first (the alternation is tried left to right).
EQUIPMENT_TERMS: list[tuple[Category, str]] = [
    (Category.VEHICLES_AND_FUEL_TANKS,
     r"(?:military\s+|army\s+|motor\s+)?vehicles?\s+and\s+fuel\s+tanks?|fuel\s+tanks?(?:\s+and\s+vehicles)?"
     r"|(?:units?\s+of\s+)?(?:special\s+)?(?:military\s+)?(?:automotive\s+(?:equipment|vehicles?)|motor\s+vehicles?)"
     r"|(?:units?\s+of\s+)?special\s+(?:military\s+)?vehicles?"
     r"|(?:military\s+|army\s+|motor\s+|cargo\s+|pickup\s+|fuel\s+|supply\s+)?trucks?|fuel\s+tankers?"
     r"|(?:military\s+|army\s+|motor\s+|cargo\s+|other\s+)?vehicles?(?!\s+and\s+fuel)"
     # the light vehicles of infantry assaults: "54 motorcycles and quad bikes"
     r"|motorcycles?(?:\s+and\s+(?:buggies|quad\s+bikes|ATVs))?|motorbikes?|quad\s+bikes?|buggies|ATVs"),
    (Category.TANKS, r"(?:main\s+battle\s+|battle\s+)?tanks?"
     # a model named alone: "30 Leopards", "two Abrams", "50 T-72s"
     r"|(?-i:Leopards|Abrams|T-(?:62|64|72|80|90)[A-Z0-9]*s)\b"),
    (Category.ARMORED_COMBAT_VEHICLES,
     rf"{_ARMOR}\s+(?:combat|fighting|personnel)\s+(?:vehicles?|carriers?)|{_ARMOR}\s+vehicles?"
     r"|(?:infantry\s+)?fighting\s+vehicles?|(?:APC|APV|IFV|AFV|ACV|BMP|BTR)s?\b|armou?r\b"
     r"|(?-i:Bradleys|Strykers|Marders|M113s)\b"),
    (Category.MLRS,
     r"multiple[- ](?:launch\s+)?rocket[- ](?:launch(?:er|ing)?\s+)?(?:systems?|launchers?)"
     r"|(?:MLRS|MRLS?|MLR)\b|rocket\s+launchers?|(?-i:HIMARS)\s+(?:launchers?|systems?)"),
    (Category.ARTILLERY_SYSTEMS,
     r"(?:field\s+)?artillery(?:\s+(?:systems?|pieces?|units?|guns?|installations?))?|howitzers?"),
    (Category.AIR_DEFENSE_SYSTEMS,
     rf"air[- ]{_DEFENSE}\s+(?:(?:missile\s+)?(?:systems?|launchers?)|units?|means|installations?|"
     r"complexes)|anti-?aircraft"
     rf"\s+(?:warfare\s+)?(?:systems?|guns?|units?)|air[- ]{_DEFENSE}\b"
     r"|(?:surface-to-air|anti-aircraft)\s+(?:missile\s+)?(?:systems?|launchers?)|SAM\s+systems?"
     # a system named by its model: "nine S-400 launchers", "two Pantsir-S1 gun-missile systems"
     r"|(?-i:S-[34]00\w*|Pantsir(?:-S1)?|Buk(?:-M\d\w*)?|Tor(?:-M\d\w*)?|Patriot|IRIS-T|NASAMS)"
     r"\s+(?:[\w-]+\s+)?(?:systems?|launchers?|complexes|batteries)"),
    (Category.HELICOPTERS, r"(?:attack\s+|military\s+)?helicopters?|choppers?"
     # a model named alone: "two Ka-52s", "an Mi-8"
     rf"|(?-i:(?:Ka|Mi)-\d+[A-Z0-9]*s?){_MODEL_ALONE}"),
    (Category.AIRCRAFT,
     r"(?:military\s+|fighter\s+|combat\s+|attack\s+|war)?(?:aircraft|airplanes?|planes?|jets?)"
     r"|fighters?\s+jets?|warplanes?"
     # ("one Su-35 fighter", "two MiG-29 fighters", not "1,200 Wagner fighters")
     r"|(?:(?<=-\d\d\s)|(?<=-\d\d[A-Z]\s)|(?<=-\d\d[A-Z]{2}\s)|(?<=-\d\d[A-Z]{3}\s)|(?<=-\d\s))"
     r"fighters?(?!-)"
     r"|(?:fighter-|strategic\s+|long-range\s+)?bombers?|interceptors?"
     # a model named alone: "12 Tu-95MS", "three Tu-22M3s", "two A-50s"
     # (and Western fighters: "one F-16", "two Mirage 2000s")
     rf"|(?-i:(?:Su|Tu|MiG|Il|Yak|Be)-\d+[A-Z0-9]*s?|A-50[A-Z]*s?|F-16[A-Z]*s?|Mirage(?:\s+2000"
     rf"(?:-5F?)?)?s?){_MODEL_ALONE}"),
    (Category.UAV,
     r"(?:operational[- ]tactical\s+(?:level\s+)?)?(?:UAVs?|drones?)(?:\s+(?:of\s+)?operational[- ]"
     r"tactical(?:\s+level)?)?\b|unmanned\s+aerial\s+vehicles?|Shaheds?\b(?!\s*-?\s*(?:type|drone))"),
    (Category.CRUISE_MISSILES,
     # (the Kh- cruise missiles and Kalibrs are cruise missiles whatever the text calls them)
     r"cruise\s+missiles?|(?:Kh-(?:101|555|55|59\w*|69|22|32|35)|Kalibrs?)"
     r"(?:\s+(?:guided|air-launched|sea-launched))?\s+missiles?"
     # the contract has no other missile: ballistic ones and missiles of any type downed
     # count here ("142 were shot down", "two of the nine Iskander-M missiles")
     r"|(?:Kh-(?:101|555|55|59|69|22|32|35)|Kalibr|Iskander(?:-[MK])?|Kinzhal)s\b"
     r"|(?:(?:ballistic|guided|anti-ship|hypersonic|Iskander(?:-[MK])?|Kinzhal)\s+)?missiles?"
     r"(?!\s+(?:strikes?|attacks?|systems?|launchers?|complex(?:es)?|boats?|ships?|cruisers?|"
     r"carriers?|defen[cs]es?|fragments?|debris|units?|batter(?:y|ies)|components?|production|"
     r"and\s+drone\s+(?:strikes?|attacks?)))"),
    (Category.SUBMARINES, r"submarines?"),
    (Category.WARSHIPS_BOATS,
     r"warships?(?:\s*(?:/|and)\s*boats?)?|(?:naval\s+)?(?:ships?|vessels?)(?:\s*(?:/|and)\s*boats?)?"
     r"|(?:patrol\s+|landing\s+)?boats?"),
    (Category.SPECIAL_EQUIPMENT,
     r"(?:units?\s+of\s+|pieces?\s+of\s+)?(?:special|engineering)\s+(?:military\s+)?equipment"),
]  # fmt: skip

# People nouns: they count losses only together with a fate (killed, wounded, lost ...).
PEOPLE_NOUN = (
    r"(?:military\s+)?personnel|troops?|soldiers?|servicem(?:e|a)n|service\s*members?|"
    r"servicemembers?|fighters|combatants|militants|mercenaries|marines|paratroopers|conscripts|"
    r"attackers|assailants|saboteurs|infantrymen|stormtroopers|nationalists|"
    r"officers?|generals|(?:lieutenant\s+)?colonels|commanders|pilots?|sailors?|crew\s+members|"
    r"crewmen|airmen|aircrew|volunteers?|invaders|occupiers|members|"
    r"men|man|people|persons?|"
    r"individuals?|civilians?|non-combatants?|residents?|children|child|kids?|boys?|girls?|women|"
    r"woman|minors?|journalists?|medics?|doctors?|prisoners\s+of\s+war|POWs|prisoners|convicts|"
    r"inmates|workers?|employees?|passengers?|rescuers?|firefighters?|patients?|defenders|"
    r"police(?:\s+officers?|men|women)|policem[ae]n|security\s+guards?|"
    # ("23 staff and volunteers killed", not "the General Staff's")
    r"(?<!General\s)(?<!Joint\s)(?-i:staff)(?!['’])(?:\s+members?)?|"
    r"Ukrainians|Russians|(?:North\s+)?Koreans|Belarusians|Georgians|Chechens|guardsmen|"
    r"border\s+guards|captives|"
    # people of a profession: "438 teachers", "246 doctors, nurses and paramedics"
    r"teachers?|educators?|lecturers?|nurses?|paramedics?|athletes?|coaches|students?|pupils?|"
    r"engineers?|deminers|sappers|pyrotechnicians|countrymen|compatriots|farmers?|"
    r"(?:tractor\s+|truck\s+|bus\s+|taxi\s+)?drivers?|fishermen|miners|"
    # people counted by their nationality: "1,124 foreign nationals", "seven foreign seafarers"
    r"citizens|nationals|foreigners|seafarers"
)

# A body part lost: a wound ("had lost at least one limb")
LIMB = (r"(?:(?:a|an|one|both|two|at\s+least\s+one)\s+)?(?:limbs?|legs?|arms?|hands?|feet|foot|"
        r"eyes?)\b")
# A fate word names the category directly ("960 killed", "19,875 injured").
FATE_TERMS: list[tuple[Category, str]] = [
    (Category.CASUALTIES,
     r"(?:killed|dead)\s+(?:and|or)\s+(?:wounded|injured|maimed)|(?:irrecoverable\s+|total\s+|combat\s+)?"
     r"(?:casualties|losses)|eliminated|neutrali[sz]ed|liquidated|put\s+out\s+of\s+action|"
     rf"lost(?!\s+{LIMB})"),
    (Category.KILLED,
     r"killed|dead|deaths?|died|fatalities|perished|lost\s+their\s+lives|were\s+lost|KIA|slain"
     # ("about 800 fallen", "1,300 fallen soldiers"; not "attacks have fallen to 12")
     r"|(?<!has\s)(?<!have\s)(?<!had\s)fallen(?!\s+(?:to|by|from|below|short|off|"
     r"behind|back|sharply|since|in|into|for|on|silent|victim)\b)"
     # ("43 casualties, 12 of them fatal", "41 of them fatally")
     r"|executed|murdered|shot\s+dead|fatal(?:ly)?\b(?!\s+[a-z])"
     r"|bodies(?!\s+of)|by\s+name"),  # "recovered 13 bodies", "identified 900 soldiers by name"
    # ("11,930 soldiers lost a limb", "amputees")
    (Category.WOUNDED, rf"wounded|injured|injur(?:y|ies)|hurt|maimed|lost\s+{LIMB}|amputees|"
     # ("two conscripts had suffered minor injuries")
     r"suffered\s+(?:(?:minor|light|serious|severe|shrapnel|multiple)\s+)?(?:injuries|wounds)"),
    (Category.CAPTURED,
     r"captured|taken\s+(?:prisoner|captive)|prisoners\s+of\s+war|POWs|surrendered|"
     r"in\s+(?:Russian\s+|Ukrainian\s+|enemy\s+)?(?:captivity|detention)|"
     # "had taken 23 Russian soldiers prisoner" (not "58 prisoner exchanges")
     r"prisoner\b(?!\s+(?:exchanges?|swaps?|releases?|transfers?|camps?|of\s+conscience))|"
     # prisoners exchanged: "3,405 defenders have been freed from Russian captivity"
     r"(?:freed|released|returned)\s+from\s+(?:Russian\s+|Ukrainian\s+)?captivity|"
     # ("are being held as prisoners of war", "laid down their arms and surrendered")
     r"held\s+as\s+prisoners?(?:\s+of\s+war)?|laid\s+down\s+(?:their\s+|his\s+)?arms"
     r"(?:\s+and\s+surrendered)?|"
     r"held\s+(?:in\s+(?:Russian\s+|Ukrainian\s+)?(?:captivity|prisons?|detention)|captive|prisoner|"
     r"by\s+(?:Russia|Ukraine|Moscow|Kyiv|Russian|Ukrainian)\w*|in\s+(?:Russia|Ukraine)\b)|"
     # "900 fighters of the Azov brigade are still held"
     r"(?<=still\s)held\b(?!\s+(?:talks|a|an|the|out|on|back|up|positions?|lines?|ground))"),
    # ("Two more residents are believed to remain under the debris")
    (Category.MISSING, r"missing(?:\s+in\s+action)?|MIA|unaccounted\s+for|"
     r"(?:trapped\s+|buried\s+)?under\s+the\s+(?:rubble|debris|ruins)"),
]  # fmt: skip

# A verb before the number that makes its people noun a loss ("lost 960 troops").
_LOSS_VERB_BEFORE: list[tuple[Category, str]] = [
    (Category.CASUALTIES,
     r"\b(?:lost|lose|loses|losing|loss\s+of|losses\s+of|eliminated|eliminating|neutrali[sz]ed|"
     r"elimination\s+of|liquidation\s+of|liquidated|suffered|sustained|put\s+out\s+of\s+action|"
     r"casualties\s+of|losses\s+(?:at|to)|casualties\s+(?:at|to)|killed\s+(?:or|and)\s+(?:wounded|injured))\b"),
    (Category.KILLED,
     r"\b(?:killed|killing|kills|kill|death\s+toll\s+(?:of|at|to|rose\s+to|reached|stands\s+at|"
     r"climbed\s+to)|deaths\s+of|death\s+of|buried|(?:bodies|remains)\s+of|dead\s+include[sd]?|"
     r"funerals?\s+(?:for|of)|"  # "held funerals for 14 soldiers"
     r"executed|executing|executions?\s+of|murdered|murdering|murders?\s+of|"
     r"names\s+of)\b"),  # "confirmed the names of 95,323 soldiers": the named dead
    # ("35,746 injuries, among them 2,248 children": the injured, a part of them next)
    (Category.WOUNDED, r"\b(?:wounded|wounding|injured|injuring|"
                       r"injuries(?=,\s+(?:among|including)\s))\b"),
    (Category.CAPTURED, r"\b(?:captured|capturing|took\s+prisoner|taken\s+prisoner|"
                        r"(?:was|were|is|are|be|been)\s+(?:still\s+)?holding|brought\s+home|"
                        r"in\s+exchange\s+for)\b"),
]  # fmt: skip
LOSS_VERB_BEFORE = [(c, guarded(p, re.IGNORECASE)) for c, p in _LOSS_VERB_BEFORE]

# Verbs that make a people figure something other than a loss.
NOT_A_LOSS = guarded(
    r"\b(?:mobili[sz]ed|mobili[sz]ing|mobili[sz]ation|recruit(?:ed|ing|s)?|conscripted|drafted|"
    r"enlisted|deployed|deploying|stationed|massed|amassed|trained|called\s+up|signed|"
    # (not the place: "a strike on a training ground killed 60 soldiers")
    r"training(?!\s+(?:grounds?|camps?|cent(?:re|er)s?|areas?|ranges?|sites?|bases?|facilit))|"
    r"exchanged|exchange|swap(?:ped)?|returned|released|freed|evacuated|displaced|fled|refugees|"
    r"rescued|employ(?:s|ed)?|serve[sd]?|serving)\b",
    re.IGNORECASE,
)

# Equipment supplied, made, kept or used is no loss: "received 31 Abrams tanks", "Tanks
# delivered to Russian forces in 2023, per Shoigu: 1,530", "launched 120 drones"
EQUIPMENT_NOT_LOSS = guarded(
    r"\b(?:received|delivered|deliver(?:ing|y)?|suppl(?:y|ies|ied|ying)|provide[sd]?|providing|pledged|promised|sent|sending|"
    r"donated|produce[sd]?|producing|manufactur\w+|build|builds|building|built|refurbish\w*|"
    r"ordered|bought|purchased|possess\w*|in\s+service|"
    r"inventory|stockpiles?|stocks?|reserves?|storage|stored|production|upgraded|moderni[sz]ed|fleet\s+of|operates|fielded|transferred|shipped|"
    r"launch(?:ed|ing|es)?(?![\s-]rocket)|fired|firing|attacked\s+with|used|using|involved|involving|"
    r"carry|carries|carrying|transport|accommodate|"  # a ship's capacity: "can carry 10 tanks"
    r"(?:hit|hits|struck|targeted|attacked)\s+by)\b",  # "had been hit by six drones"
    re.IGNORECASE,
    any_text=True,  # searched in a window before the number: worth a scan of its own
)
# Words that mark the sentence as talking about losses (needed for equipment figures).
LOSS_CONTEXT = guarded(
    r"\b(?:los[st]|lose|loses|losing|losses|destroy(?:ed|ing|s)?|destruction|downed|downing|shot\s+down|"
    r"shooting\s+down|intercepted|eliminated|elimination|neutrali[sz](?:ed|ation)|wiped\s+out|"
    r"knocked\s+out|put\s+out\s+of\s+action|disabled|hit|struck|"
    r"sunk|sank|damaged|casualt(?:y|ies)|killed|combat\s+losses|write-offs?|written\s+off|"
    r"abandoned|captured|wrecks?|wreckage|burned-out|burnt-out|burned|burnt|torched|"
    r"set\s+fire\s+to|set\s+on\s+fire)\b"
    # "its count, which now stands at 26 warships": a running count's standing
    r"|\b(?:total|tally|tallies|count|counter)\b[^.;]{0,30}\b(?:(?:stands?|stood|rose|remains?|"
    r"remained)\s+(?:at|to)\b|reach(?:ed|es)\b)"
    r"|\badded\s+to\s+(?:the|its|their)\s+(?:tally|count|totals?|lists?)\b"
    # "It put Russia's totals at 43,609 drones"
    r"|\bput(?:s|ting)?\s+(?:[\w'’]+\s+){0,3}(?:totals?|tall(?:y|ies)|counts?)\s+at\b",
    re.IGNORECASE,
)

# A place that leads a ranking: "Sverdlovsk region accounts for the most deaths", "Kharkiv
# region has lost the most"
HAS_THE_MOST = (
    r"(?:accounts?\s+for|accounted\s+for|(?:has|had)\s+(?:lost|suffered|recorded|seen)|lost|"
    r"suffered|recorded|saw|had)\s+the\s+(?:most|largest|highest|greatest)\b"
)

# What befalls an airborne weapon that is a loss: "shot down", "intercepted"
DOWNED = r"(?:shot\s+down|brought\s+down|downed|intercepted|destroyed|neutrali[sz]ed)"

# What strikes: "a Russian missile attack", "enemy shelling" name the side that struck.
ATTACK_NOUN = (
    r"strikes?|attacks?|shelling|bombardment|bombing|missiles?|drones?|rockets?|shells?|"
    r"air\s*strikes?|artillery|fire|raids?|bombs?"
)
# What a side that strikes does: "the enemy struck a residential area", "troops shelled"
STRIKE_VERB = (r"(?:shelled|struck|attacked|hit|fired|launched|bombed|dropped|pounded|bombarded|"
               r"battered|hammered)")

# Hedges right before the number.
QUALIFIER_CUES: list[tuple[Qualifier, re.Pattern[str]]] = [
    (Qualifier.AT_LEAST, re.compile(
        r"\b(?:at\s+least|no\s+fewer\s+than|no\s+less\s+than|not\s+less\s+than|a\s+minimum\s+of|"
        r"minimum\s+of)\s*$", re.IGNORECASE)),
    (Qualifier.MORE_THAN, re.compile(
        r"\b(?:more\s+than|over|exceeding|in\s+excess\s+of|upwards\s+of|above|well\s+over|"
        r"just\s+over|north\s+of|(?:surpass(?:ed|es|ing)?|topp(?:ed|ing)|(?<!the\s)tops?|"
        r"exceed(?:ed|s|ing)?|pass(?:ed|es)?|cross(?:ed|es)?)(?:\s+the)?)\s*$",  # ("passed the
        re.IGNORECASE)),  # 700,000 mark", "losses top 780,000")
    (Qualifier.AT_MOST, re.compile(
        # ("the reports add up to 88 tanks": a sum, not a ceiling; "the tally went up to 26": a
        # rise)
        r"\b(?:(?<!adds\s)(?<!add\s)(?<!added\s)(?<!adding\s)(?<!went\s)(?<!gone\s)(?<!goes\s)"
        r"(?<!go\s)up\s+to|as\s+many\s+as|at\s+most|"
        r"no\s+more\s+than|not\s+more\s+than|"
        r"a\s+maximum\s+of)\s*$", re.IGNORECASE)),
    (Qualifier.APPROXIMATELY, re.compile(
        r"(?:\b(?:about|around|nearly|almost|roughly|some|clos(?:e|er)\s+to|nearing|approaching|"
        r"approximately|"
        r"approx\.?|an\s+estimated|estimated|circa|c\.|ca\.|just\s+under|almost\s+exactly|"
        # "Our central estimate is 290,000", "a rough estimate of 40,000": a point of a model's
        r"(?:central|best|rough|median|working|mid-?point)\s+estimates?(?:\s+(?:for|of)(?:\s+[\w'’-]+){1,3}?)?\s+(?:is|was|of|at|"
        r"stands\s+at|puts\s+(?:it|the\s+\w+)\s+at))|~)\s*$",
        re.IGNORECASE)),
]  # fmt: skip
# Searched before every number: a guard answers at once for most (see prefilter).
QUALIFIER_CUES = [(qualifier, guarded(pattern)) for qualifier, pattern in QUALIFIER_CUES]

# A remark that the real number is higher turns a count into a lower bound.
ACTUAL_HIGHER = guarded(
    r"\b(?:actual|real|true)\s+(?:number|toll|figures?|count|losses|death\s+toll|totals?)\b"
    r"[^.]{0,80}?\b(?:higher|greater|larger|underestimate)|"
    # (not another's: "Western estimates are considerably higher")
    r"(?<!estimates\sare\s)(?<!estimates\swere\s)\b(?:likely|probably|considerably|"
    r"significantly)\s+higher\b|\bat\s+least\s+as\s+high\b"
    # "every number below is a MINIMUM", "the figures are minimums"
    r"|\b(?:numbers?|figures?|counts?|totals?)\s+(?:below\s+|here\s+|above\s+)?(?:is|are)\s+"
    r"(?:an?\s+|the\s+)?(?:absolute\s+|bare\s+)?minimums?\b"
    # "The figures are not final", "our list is always incomplete"
    r"|\b(?:numbers?|figures?|counts?|totals?|tolls?|data|list|tally)\s+(?:is|are)\s+"
    r"(?:still\s+|always\s+)?(?:not\s+(?:yet\s+)?final|incomplete|far\s+from\s+complete)\b",
    re.IGNORECASE,
    any_text=True,  # searched in the next sentence too: its scan is needed next anyway
)

# A sentence announcing a daily report: the figures after it are that day's.
DAILY_REPORT = guarded(
    r"\bdaily\s+(?:summary|update|report|bulletin|briefing|tally|statement)\b", re.IGNORECASE
)

# Scope cues. ``forward`` cues belong to the number that follows them ("a total of N").
SCOPE_FORWARD: list[tuple[Scope, re.Pattern[str]]] = [
    (Scope.DAILY_AVERAGE, re.compile(
        r"\b(?:an?\s+)?(?:daily\s+)?average\s+of\s*$|\baveraged?\s*$|\b(?:average\s+daily|daily\s+"
        r"average)\b[^.;\d]{0,80}\b(?:was|is|were|stood\s+at|at|reached|of)\s+(?:about\s+|around\s+"
        r"|roughly\s+|approximately\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+)?$"
        # a fact box's label: "Average daily Russian casualties, October: 1,140"
        r"|^\W{0,4}(?:average\s+daily|daily\s+average)\b[^.;\d:]{0,60}:\s*$",
        re.IGNORECASE)),
    (Scope.CUMULATIVE, re.compile(
        r"\b(?:(?<!combined\s)total\s+(?:now\s+|currently\s+)?(?:of|to|at|reached|stands\s+at|"
        r"stood\s+at|rose\s+to|is|was|passed|surpassed|exceeded|topped|crossed)"
        r"|(?:tally|tallies|count|counts),?\s+(?:which\s+)?(?:now\s+|currently\s+|still\s+)?"
        r"(?:stands?|stood|remains?|remained)\s+at|(?:tally|tallies|count|counts|totals?)\s+(?:is|"
        r"are|was|were|remains?|remained)\s+(?:unchanged|steady|flat)\s+at"
        # "the General Staff's count of Russian warships and boats destroyed rose to"
        r"|(?:tally|count)\s+of\s+(?:[\w'’-]+\s+){1,8}?(?:rose|climbed|went\s+up|increased|"
        r"jumped|stood|stands)\s+(?:to|at)|(?:tally|count)\s+(?:rose|climbed|went\s+up|increased|"
        r"jumped|stood|stands)\s+(?:to|at)"
        # "the General Staff's count of Russian personnel losses passes 100,000"
        r"|(?:tally|count)(?:\s+of\s+(?:(?!ha[sd]\s|have\s)[\w'’-]+\s+){1,8}?|\s+)"
        r"(?:reach(?:es|ed)|pass(?:es|ed)|surpass(?:es|ed)|cross(?:es|ed)|tops|topped|exceed(?:s|ed)|nears|neared)(?:\s+the)?"
        r"|totals?|totall?ing|totall?ed|overall|cumulative(?:\s+\w+){0,2}|bringing\s+(?:the|its)\s+"
        r"(?:totals?|tally|tallies|tolls?)\s+to|brings\s+(?:the|its)\s+(?:totals?|tally|tallies|tolls?)\s+to|"
        r"death\s+toll\s+(?:rose\s+to|reached|stands\s+at|climbed\s+to|to)|total\s+losses\s+(?:of|at|to)"
        r"|(?:total\s+)?combat\s+losses\s+(?:of|at|to))\s*(?:some\s+|about\s+|around\s+|"
        r"approximately\s+|more\s+than\s+|over\s+|at\s+least\s+|nearly\s+|almost\s+)?$",
        re.IGNORECASE)),
]  # fmt: skip
SCOPE_FORWARD = [(scope, guarded(pattern)) for scope, pattern in SCOPE_FORWARD]  # per number

# "since the start of the year": a period from the publication year's first day.
_YEAR_SO_FAR = (
    r"\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year\b|\bso\s+far\s+this\s+year\b"
    r"|\byear\s+to\s+date\b"
)

SCOPE_NEAR: list[tuple[Scope, re.Pattern[str]]] = [
    (Scope.DAILY, re.compile(
        r"\b(?:in|over|during)\s+(?:the\s+)?(?:past|last|previous|preceding)\s+"
        r"(?:(?:24|twenty[- ]four)\s+hours|day)\b|"
        r"\b(?:in|within)\s+(?:24|twenty[- ]four)\s+hours\b|"
        r"\b(?:over|during)\s+the\s+(?:24|twenty[- ]four)\s+hours\b|"
        r"\bin\s+(?:a|one)\s+(?:single\s+)?day\b|\b(?:in|over|during|within)\s+(?:a|that|this|the)\s+"
        r"24-hour\s+period|\b(?:over|for)\s+the\s+day\b|"
        r"\b(?:in|over|during|within)\s+(?:the|that)\s+same\s+(?:24\s+hours|day)\b|"
        r"\bwithin\s+(?:a|one)\s+day|\bdaily\s+(?:losses|toll|tally|update|report|figures?)|"
        r"\bmorning\s+(?:update|report|summary|bulletin|briefing)\b|"
        r"\bthat\s+(?:day|night)\b|\bthe\s+(?:day|24\s+hours)\s+before\b|\bthe\s+previous\s+day\b|"
        r"\ba\s+day\s+(?:earlier|before)\b|\bovernight\b|\bper\s+day\s+record\b|"
        r"\b(?:during|in|through|over)\s+the\s+night\b|"
        r"\b(?:one|single)-day\s+(?:record|high|toll|losses|figure|tally)\b",
        re.IGNORECASE)),
    (Scope.DAILY_AVERAGE, re.compile(
        r"\b(?:a|per|each|every)\s+day\s+on\s+average|\bon\s+average\b[^.;]{0,30}\b(?:a|per)\s+day"
        r"|\b(?<!\bin\s)(?<!\bone\s)(?:per|a)\s+day\b(?!\s+(?:earlier|before|after|later))|\bdaily\s+average|\bon\s+average|\bper\s+24\s+hours",
        re.IGNORECASE)),
    (Scope.CUMULATIVE, re.compile(
        # (not "in the Kursk region since the start of hostilities": the incursion's start)
        r"(?<!Kursk\sregion\s)(?<!Kursk\sdirection\s)(?<!Kursk\sarea\s)"
        r"\bsince\s+(?:the\s+)?(?:start|beginning|outbreak|onset)\s+of\s+(?:what\s+\w+\s+calls?\s+)?"
        r"(?:the\s+|Russia's\s+)?(?:full[- ]scale\s+)?(?:war|invasion|conflict|aggression|"
        r"hostilities|(?:(?:special\s+)?military\s+)?operation)(?!\s+in\s+the\s+[\w-]+\s+(?:direction|region|area|sector|oblast))|"
        r"\bin\s+all\b(?!\s+(?:areas|directions|sectors|regions|parts))|"
        r"\bsince\s+(?:the\s+)?"
        r"(?:its\s+|Russia's\s+|Moscow's\s+)?(?:war|invasion|conflict|full[- ]scale\s+invasion)\s+"
        r"(?:began|started)|\bsince\s+"
        r"(?:Russia|Moscow|it|they|Russian\s+(?:forces|troops))\s+(?:invaded|launched)|\bsince\s+(?:24\s+)?February\s+(?:24,?\s+)?2022|"
        r"\bsince\s+2022\b|"  # (the full-scale war's year: its start)
        r"\bsince\s+February\s+24\b|\bsince\s+(?:24\.02\.(?:20)?22)|\bfrom\s+24\.02\.(?:20)?22\b|"
        # "between February 2022 and the end of 2025": from the war's start
        r"\b(?:between|from)\s+(?:24\s+)?February\s+(?:24,?\s+)?2022\s+(?:and|to|until|through)\b|"
        # (not "so far in November", "in total today": a month's, a day's)
        r"\bso\s+far\b(?!\s+(?:today|this\s+\w+|in\s+(?:January|February|March|April|May|June|"
        r"July|August|September|October|November|December)\b))|\bto\s+date\b|"
        r"\bin\s+total\b(?!\s+(?:today|this\s+(?:morning|evening)|overnight)\b)|"
        r"\bin\s+the\s+(?:ongoing\s+|full[- ]scale\s+)?"
        r"(?:war|invasion|conflict)\b|\bduring\s+the\s+(?:war|invasion)\b|"
        r"\b(?:during|over|throughout|for)\s+the\s+(?:whole|entire)\s+(?:period\s+of\s+the\s+)?"
        r"(?:war|invasion|conflict|special\s+military\s+operation|SMO)\b|"
        # a state now: "now listed as missing", "remain missing", "still held by Russia"
        r"\b(?:now|still|currently|remain|remains)\s+(?:\w+\s+){0,2}(?:missing|held|in\s+captivity|in\s+(?:[\w-]+\s+)?detention)\b|"
        r"\bthroughout\s+the\s+(?:war|invasion|conflict)|\bover\s+the\s+course\s+of\s+the\s+"
        r"(?:war|invasion|conflict)|\btotal\s+(?:combat\s+)?losses\b|\brunning\s+totals?\b|"
        r"\b(?:Russia|Ukraine)['’]s\s+totals\b|\baltogether\b|\ball\s+told\b"
        r"|\bsince\s+the\s+war\b|\bin\s+(?:the\s+)?(?:war|fighting)\s+in\s+Ukraine\b"
        r"|\bsince\s+(?:the\s+|Russia's\s+)?(?:(?:start|beginning|outbreak)\s+of\s+(?:the|its|"
        r"Russia's)\s+)?(?:full[- ]scale\s+)?(?:invasion|war)\b"
        r"|\bin\s+the\s+first\s+(?:\w+\s+)?(?:days?|weeks?|months?|year)\s+of\s+the\s+"
        r"(?:war|invasion|full[- ]scale\s+invasion)\b",
        re.IGNORECASE)),
    (Scope.PERIOD, re.compile(
        r"\bsince\s+then\b|\bsince\s+(?:the\s+)?(?:start|beginning)\s+of\s+20(?!22\b)\d\d\b|"
        # "since 2023": a year after the war's first (since 2014 or 2022, the war's whole)
        r"\bsince\s+(?:early\s+|late\s+|mid-?)?20(?:2[3-9]|[3-9]\d)\b(?!\s+(?:when|as)\b)|"
        # "Since Monday, air defence has destroyed 41 cruise missiles"
        r"\bsince\s+(?:last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
        # "since the start of March", "since New Year": a month or season of its own
        r"\bsince\s+(?:the\s+)?(?:start|beginning|middle|end)\s+of\s+(?:January|February|March|"
        r"April|May|June|July|August|September|October|November|December|the\s+(?:month|week|"
        r"summer|winter|spring|autumn))\b(?!\s+(?:24,?\s+)?2022)|\bsince\s+(?:the\s+)?New\s+Year\b|"
        # a list item labelled by its year: "2024: 90,000-100,000 killed"
        r"^\W{0,3}(?:19|20)\d\d(?=\s*(?:\([^)]{0,40}\)\s*)?[:—–]\s)|"
        # (but "since February 2022" is the war's, and "since September 2022, when it said
        # 5,937 had been killed" dates the figure after "when")
        r"\bsince\s+(?:the\s+(?:first|1st)\s+of\s+)?(?:early|mid|late)?-?\s*(?:January|March|April|May|"
        r"June|July|August|"
        r"September|October|November|December|February(?!\s+(?:24,?\s+)?2022))\b"
        r"(?!(?:\s+(?:19|20)\d\d)?,?\s+when\b)|"
        # "since 6 August" (but "since 24 February" and "since 1 February 2022" are the war's)
        r"\bsince\s+(?!24\s+February\b)\d{1,2}\s+(?:January|March|April|May|June|July|August|"
        r"September|October|November|December|February(?!,?\s+2022))\b|"
        r"\b(?:in|during|over|throughout|for)\s+(?:the\s+)?(?:(?:whole|entirety)\s+of\s+)?"
        r"(?:month\s+of\s+)?(?:January|February|March|"
        r"April|May|June|July|August|September|October|November|December)\b|"
        # a month as a line's label: "- August: 36,810, about 1,187 a day"
        r"(?:^|\n)[^\w\n]{0,4}(?-i:January|February|March|April|May|June|July|August|September|"
        r"October|November|December)(?:\s+(?:19|20)\d\d)?\s*:|"
        # the month as the subject: "October was the deadliest month, with 196 killed"
        r"\b(?-i:January|February|March|April|May|June|July|August|September|October|November|"
        r"December)(?:\s+(?:19|20)\d\d)?(?:\s+alone)?\s+(?:was|saw|had\s+been|has\s+been|became|"
        r"brought)\b|\b(?:during|throughout|for)\s+(?:19|20)\d\d\b|"
        r"\b(?:in|during|over|for)\s+the\s+(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+"
        r"(?:quarter|half)\b|\b(?:in|during|over)\s+"
        r"(?:the\s+)?(?:past|last|previous|first)\s+(?:\w+\s+)?(?:week|weeks|month|months|year|days|"
        r"\d+\s+days)\b|\blast\s+(?:week|month|year|weekend)\b|\b(?:over|during|at|on)\s+the\s+weekend\b|(?<!as\sof\s)\bthis\s+(?:week|month|year)\b|\bin\s+"
        r"(?:19|20)\d\d\b|\bduring\s+the\s+(?:\w+\s+){0,3}(?:offensive|battle|assault|siege|"
        r"counteroffensive|operation)\b|"
        # "from February 25 to March 1", "from 1 June to 31 August" (not from the war's start,
        # nor when an event runs: "the election that Russia holds from March 15 to 17")
        r"(?<!\bholds\s)(?<!\bheld\s)(?<!\bhold\s)(?<!\bruns\s)(?<!\bplace\s)(?<!\blasts\s)"
        r"\bfrom\s+(?!24\s+Feb|Feb(?:ruary|\.)?\s+24\b)(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|"
        r"Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+(?:to|until|till|through)\s|"
        r"\bbetween\s+(?:January|February|March|April|May|June|July|"
        r"August|September|October|November|December)\b|\bbetween\s+(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
        r"Sept?|Oct|Nov|Dec)\.?\s+\d|\bsince\s+(?!Feb\.?\s+24\b)(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|"
        r"Oct|Nov|Dec)\.?\s+\d{1,2}\b(?!,?\s+2022)"
        r"|\bin\s+(?:the\s+(?:past\s+|last\s+)?week|(?:just\s+|only\s+)?(?:a|one|a\s+single)\s+"
        r"(?:week|month|fortnight))\b"
        r"|\bover\s+the\s+(?:course|whole|entirety)\s+of\s+(?:the\s+)?(?:year|month|week|(?:19|20)\d\d)\b"
        r"|\b(?:in|during|throughout|for)\s+(?:the\s+)?(?:whole|entirety)\s+of\s+(?:19|20)\d\d\b"
        r"|\bweek\s+(?:to|ending)\s+\w+|\b(?:in|during|over|throughout|for|across)\s+"
        r"(?:the|that|this)\s+"
        r"(?:same\s+)?(?:month|week|period)\b|\bresults\s+of\s+the\s+(?:month|week)\b"
        r"|\bbetween\s+\d{1,2}\s+(?:January|February|March|"
        r"April|May|June|July|August|September|October|November|December)\b|"
        # "since the counteroffensive began", "since its forces crossed the border": an
        # operation's own start (the war's start is a cumulative cue, tried first)
        r"\bsince\s+(?:the\s+|its\s+|their\s+|(?:Ukraine|Russia|Kyiv|Moscow)'s\s+)?(?:(?:start|"
        r"beginning|launch)\s+of\s+(?:the\s+|its\s+|their\s+)?)?(?:[\w-]+\s+){0,2}?(?:counter-?"
        r"offensive|offensive|incursion|operation|assault|campaign|battle|siege|hostilities)\b|"
        r"\bsince\s+"
        r"(?:its|their|Ukrainian|Russian)\s+(?:forces|troops)\s+(?:crossed|entered|launched)\b|"
        # "since our last update on October 25": the count's previous release
        r"\bsince\s+(?:the|our|its|their|his|her|my)\s+(?:last|previous|latest|most\s+recent)\s+"
        r"(?:update|report|count|tally|bulletin|release|publication|summary|briefing|estimate)\b|"
        + _YEAR_SO_FAR,
        re.IGNORECASE)),
]  # fmt: skip
# "over the same period": the period of the report just quoted, whatever it was
SAME_PERIOD = guarded(
    r"\b(?:in|during|over|for|within)\s+(?:(?:the|that)\s+same\s+(?:period|time|"
    r"(?:\w+\s+)?(?:days|weeks|months))"
    r"|that\s+(?:time|period|span))\b",
    re.IGNORECASE,
)
# The sum of the list lines above, opening its sentence: "In total, 2 people were killed"
SUM_OF_LINES = r"\W*(?:in\s+total|altogether|in\s+all)\b"
# A day's window named outright (not "overnight", which also times a single strike).
DAY_WINDOW = guarded(
    r"\b(?:past|last|previous)\s+(?:24\s+hours|day)\b|\b(?:in|within)\s+(?:a|one)\s+day\b"
    r"|\b(?:24|twenty[- ]four)\s+hours\b|\bday's\b|\bdaily\b",
    re.IGNORECASE,
)
# "over the past 24 hours", "overnight": searched in most sentences, so guarded.
DAILY_CUE = guarded(next(pattern for scope, pattern in SCOPE_NEAR if scope is Scope.DAILY))
# "since the start of the invasion", "to date": the whole war, in a caption or a row label
WHOLE_WAR_CUE = next(pattern for scope, pattern in SCOPE_NEAR if scope is Scope.CUMULATIVE)
# A month or year referred back to ("during the month"): the one last named.
# "over the course of the year" after "In 2024, ...": the year last named
THE_YEAR = guarded(
    r"\b(?:in|during|over|throughout|for)\s+(?:the\s+course\s+of\s+)?(?:the|that)\s+(?:whole\s+|"
    r"entire\s+|same\s+)?year\b(?!\s+(?:so\s+far|to\s+date))",
    re.IGNORECASE,
)
THE_MONTH = guarded(
    r"\b(?:in|during|over|throughout|for|across)\s+(?:the|that)\s+(?:same\s+)?month\b"
    r"|\bresults\s+of\s+the\s+month\b", re.IGNORECASE  # "According to the results of the month"
)
THE_YEAR_SO_FAR = guarded(_YEAR_SO_FAR, re.IGNORECASE)
