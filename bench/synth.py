"""Synthetic news articles for the benchmarks and the pre-filter's mixed stream.

All text here is written for accord (templates + seeded random slot filling); none
comes from a third party. ``conflict`` articles report talks, strikes, statements
and stances between real states and organisations in neutral wording; the
off-topic kinds (sport, business, weather, culture) are what a general news
stream is mostly made of. The same seed gives the same articles.

    python bench/synth.py --count 2000 --mix 0.3 > stream.jsonl
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Iterator

KINDS = ("conflict", "sport", "business", "weather", "culture")

STATES = [
    ("Egypt", "Egyptian", "Cairo"),
    ("Qatar", "Qatari", "Doha"),
    ("Israel", "Israeli", "Jerusalem"),
    ("Jordan", "Jordanian", "Amman"),
    ("Turkey", "Turkish", "Ankara"),
    ("Ukraine", "Ukrainian", "Kyiv"),
    ("Russia", "Russian", "Moscow"),
    ("Sudan", "Sudanese", "Khartoum"),
    ("Ethiopia", "Ethiopian", "Addis Ababa"),
    ("Armenia", "Armenian", "Yerevan"),
    ("Azerbaijan", "Azerbaijani", "Baku"),
    ("Pakistan", "Pakistani", "Islamabad"),
    ("India", "Indian", "New Delhi"),
    ("Colombia", "Colombian", "Bogota"),
    ("Yemen", "Yemeni", "Sanaa"),
    ("Saudi Arabia", "Saudi", "Riyadh"),
    ("Iran", "Iranian", "Tehran"),
    ("Lebanon", "Lebanese", "Beirut"),
]
GROUPS = ["Hamas", "Hezbollah", "the Houthis", "the Rapid Support Forces", "the Taliban", "M23"]
MEDIATORS = ["the United Nations", "the African Union", "Norway", "Switzerland", "Oman"]
AGENCIES = ["Reuters", "AFP", "the Associated Press"]
PEOPLE = [
    "Amal Haddad",
    "Jonas Berg",
    "Mira Okafor",
    "Tomas Varga",
    "Leila Nasser",
    "Pavel Dorn",
    "Sara Lindqvist",
    "Omar Farouk",
    "Ines Costa",
    "Daniel Weiss",
    "Hana Sato",
    "Karim Aziz",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
OUTLETS = ["Northern Wire", "Harbour Post", "Daily Ledger", "Valley Times", "Morning Courier"]

CONFLICT_HEADLINES = [
    "{A} and {B} resume talks on {topic} in {city}",
    "{mediator} presses {A} and {G} to accept {topic}",
    "{A} rejects {B}'s proposal for {topic}",
    "Strikes hit {region} as talks on {topic} stall",
    "{G} says it will study new proposal for {topic}",
]
CONFLICT_SENTENCES = [
    "A {a_dem} delegation met {b_dem} negotiators in {city} on {day} to discuss {topic}, "
    "officials said.",
    "{mediator} has proposed a three-phase plan for {topic}, according to two diplomats "
    "briefed on the talks.",
    '"We are ready to sign an agreement if the other side is serious," {a_dem} foreign '
    "minister {person} told reporters.",
    "{G} said in a statement that it had received the proposal and would respond after "
    "consultations with its leadership.",
    "A senior {a_dem} official, speaking on condition of anonymity, said the government "
    "rejected the latest draft.",
    "{b_dem} forces carried out airstrikes on positions held by {G} near {region} overnight, "
    "killing at least {n} people, local health officials said.",
    "The {a_dem} military said it had intercepted {n} drones launched towards {city}.",
    "{A} accused {B} of violating the truce, an allegation {b_dem} officials denied.",
    "{mediator} said it would send an envoy to {city} next week to meet both sides.",
    "The {b_dem} government agreed to release {n} prisoners as part of the exchange, "
    "{agency} reported, citing a source close to the talks.",
    "{a_dem} troops withdrew from two villages near {region}, the defence ministry said.",
    "Thousands of displaced civilians are waiting for aid convoys at the border crossing "
    "near {region}.",
    "{person}, a spokesperson for {G}, said the group had reservations about the timing of "
    "the withdrawal.",
    "{A} threatened to impose new sanctions on {B} if the ceasefire collapsed.",
    "Diplomats said the next round of talks could take place in {city} before the end of "
    "the month.",
    "{b_dem} president {person} said on {day} that his country would not accept any deal "
    "that left foreign troops on its territory.",
]
CONFLICT_TOPICS = [
    "a ceasefire",
    "a prisoner exchange",
    "a humanitarian corridor",
    "a border agreement",
    "the withdrawal of troops",
    "a truce",
]
REGIONS = [
    "the northern border",
    "the coastal strip",
    "the eastern front",
    "the southern province",
    "the river valley",
    "the mountain districts",
]

SPORT_HEADLINES = [
    "{team1} beat {team2} to reach the cup final",
    "{athlete} wins the {event} in record time",
    "{team1} sack coach after fifth straight defeat",
]
SPORT_SENTENCES = [
    "{team1} came from behind to beat {team2} {s1}-{s2} on {day} night in front of a "
    "sell-out crowd.",
    "The striker scored twice in the second half after a quiet opening period.",
    '"The players showed real character today," the coach said after the match.',
    "{athlete} finished the {event} in a personal best, ahead of the defending champion.",
    "The visitors dominated possession but struggled to create clear chances.",
    "The midfielder limped off with an ankle injury and is expected to miss two weeks.",
    "{team2} remain third in the table, four points behind the leaders.",
    "The club announced that tickets for the final would go on sale on {day}.",
    "The goalkeeper made three fine saves to keep the score level before the break.",
    "Fans celebrated in the city centre late into the night.",
    "The league said it would review the referee's decision to award a late penalty.",
    "{athlete} said she would now focus on the world championships in the summer.",
    "Their attack looked sharper after the break and the defence held firm in a bruising clash.",
    "The president of the club said a new contract deal for the captain was close.",
]
TEAMS = [
    "Riverside United",
    "Northfield Rovers",
    "Harbour City",
    "Eastgate Athletic",
    "Lakeside Wanderers",
    "Millbrook FC",
]
ATHLETES = ["Anna Kovac", "Lucia Moreno", "Elif Demir", "Grace Mensah", "Nora Lind"]
SPORT_EVENTS = ["marathon", "10,000 metres", "downhill race", "200 metres freestyle"]

BUSINESS_HEADLINES = [
    "{company} shares rise after strong quarterly results",
    "{company} to cut {n} jobs in restructuring",
    "Central bank holds interest rates steady",
]
BUSINESS_SENTENCES = [
    "{company} reported a {pct} percent rise in quarterly revenue on {day}, beating analysts' "
    "expectations.",
    "Shares in the company closed {pct} percent higher in afternoon trading.",
    '"Demand for our products remained strong across all regions," the chief executive said '
    "in a statement.",
    "The central bank kept its benchmark interest rate unchanged at {pct} percent.",
    "Inflation slowed for a third consecutive month, official figures showed.",
    "The retailer said it would close {n} stores and move more of its sales online.",
    "Analysts expect profit margins to come under pressure from higher energy costs.",
    "The merger, valued at {n} million dollars, still needs approval from regulators.",
    "Oil prices fell slightly as traders weighed weaker demand forecasts.",
    "The company raised its full-year outlook and announced a share buyback.",
    "Consumer confidence improved in the spring, a survey of households found.",
    "The start-up has raised {n} million dollars from investors in its latest funding round.",
    "The finance minister said the government would present its budget to parliament next month.",
    "The two companies signed an agreement to share charging networks, officials said.",
]
COMPANIES = [
    "Brightline Foods",
    "Kestrel Motors",
    "Nordvale Energy",
    "Pinecrest Retail",
    "Solara Systems",
    "Tidewater Logistics",
]

WEATHER_HEADLINES = [
    "Heavy rain expected across the {area} this weekend",
    "Heatwave to continue into next week, forecasters say",
    "Snow brings travel disruption to the {area}",
]
WEATHER_SENTENCES = [
    "Forecasters expect up to {n} millimetres of rain in parts of the {area} by {day}.",
    "Temperatures are set to climb to {n} degrees in the afternoon before cooler air arrives.",
    "The weather service issued a yellow warning for strong winds along the coast.",
    "Drivers were advised to allow extra time for journeys on higher roads.",
    "A band of cloud will move in from the west, bringing light showers overnight.",
    '"It will feel much fresher by the middle of next week," a meteorologist said.',
    "Several rail services were delayed after fallen trees blocked the line.",
    "Farmers welcomed the rain after the driest spring on record.",
    "Fog is likely in sheltered valleys early in the morning.",
    "The long-range outlook suggests a settled spell towards the end of the month.",
    "Local authorities opened shelters and police closed the coastal road as a precaution.",
]
AREAS = ["north-west", "south coast", "eastern counties", "highlands", "midlands"]

CULTURE_HEADLINES = [
    "{artist}'s new novel tops the bestseller list",
    "Film festival opens with a quiet family drama",
    "Museum unveils restored medieval tapestries",
]
CULTURE_SENTENCES = [
    "The festival opened on {day} with the premiere of a drama about three sisters running "
    "a bakery.",
    "{artist}'s second novel follows a lighthouse keeper over one long winter.",
    "The exhibition brings together {n} paintings, many of them never shown in public.",
    '"I wanted to write about ordinary kindness," {artist} said in an interview.',
    "Critics praised the orchestra's performance of the symphony's slow movement.",
    "The museum spent four years restoring the tapestries with help from volunteers.",
    "Tickets for the concert series sold out within an hour.",
    "The director said the film was shot over six weeks in a small coastal village.",
    "The gallery will stay open late on Fridays throughout the summer.",
    "The band's new album mixes folk melodies with electronic beats.",
    "The prize jury described the winning collection of poems as bold and tender.",
    "The government announced extra funding for regional theatres, the culture minister said.",
]
ARTISTS = ["Clara Wend", "Mateo Ruiz", "Yuki Tanabe", "Iris Holm", "Felix Abara"]

TEMPLATES = {
    "conflict": (CONFLICT_HEADLINES, CONFLICT_SENTENCES),
    "sport": (SPORT_HEADLINES, SPORT_SENTENCES),
    "business": (BUSINESS_HEADLINES, BUSINESS_SENTENCES),
    "weather": (WEATHER_HEADLINES, WEATHER_SENTENCES),
    "culture": (CULTURE_HEADLINES, CULTURE_SENTENCES),
}


def _slots(rng: random.Random) -> dict[str, str]:
    (a, a_dem, city), (b, b_dem, _) = rng.sample(STATES, 2)
    team1, team2 = rng.sample(TEAMS, 2)
    return {
        "A": a,
        "B": b,
        "a_dem": a_dem,
        "b_dem": b_dem,
        "city": city,
        "G": rng.choice(GROUPS),
        "mediator": rng.choice(MEDIATORS),
        "agency": rng.choice(AGENCIES),
        "person": rng.choice(PEOPLE),
        "day": rng.choice(WEEKDAYS),
        "topic": rng.choice(CONFLICT_TOPICS),
        "region": rng.choice(REGIONS),
        "n": str(rng.randint(2, 90)),
        "team1": team1,
        "team2": team2,
        "s1": str(rng.randint(2, 4)),
        "s2": str(rng.randint(0, 1)),
        "athlete": rng.choice(ATHLETES),
        "event": rng.choice(SPORT_EVENTS),
        "company": rng.choice(COMPANIES),
        "pct": str(rng.randint(2, 15)),
        "area": rng.choice(AREAS),
        "artist": rng.choice(ARTISTS),
    }


def article(kind: str, rng: random.Random, sentences: tuple[int, int] = (7, 11)) -> str:
    """One article of a kind: a headline line, then a paragraph of template sentences."""
    headlines, pool = TEMPLATES[kind]
    slots = _slots(rng)
    chosen = rng.sample(pool, min(len(pool), rng.randint(*sentences)))
    body = " ".join(sentence.format(**slots) for sentence in chosen)
    headline = rng.choice(headlines).format(**slots)
    return f"{headline[0].upper()}{headline[1:]}\n\n{body}\n"


def stream(count: int, conflict_share: float = 1.0, seed: int = 7) -> Iterator[dict]:
    """``count`` JSONL rows (id, text, outlet, published, kind); conflict articles at that share."""
    rng = random.Random(seed)
    start = dt.date(2025, 1, 1)
    for number in range(count):
        kind = "conflict" if rng.random() < conflict_share else rng.choice(KINDS[1:])
        yield {
            "id": f"synth-{number:06d}",
            "text": article(kind, rng),
            "outlet": rng.choice(OUTLETS),
            "published": (start + dt.timedelta(days=number % 365)).isoformat(),
            "kind": kind,
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--mix", type=float, default=1.0, help="share of conflict articles")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    for row in stream(args.count, args.mix, args.seed):
        sys.stdout.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    main()
