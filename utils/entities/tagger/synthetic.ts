/**
 * Training-time only: synthetic sports-results sentences. The training corpora have almost no sports pages,
 * so without these the model reads every club named after a city ("Chicago 5 Boston 3") as a place and misses
 * clubs in standings tables. Names come from the gazetteers (cities, countries, fore/surnames), never from
 * evaluation data; CoNLL conventions: clubs are ORG, national teams are LOC, venues are LOC.
 */
type Tagged = { words: string[]; tags: string[] };

const SUFFIX = ['United', 'City', 'FC', 'Rovers', 'Athletic', 'Wanderers', 'Town', 'County', 'Albion', 'Rangers',
  'Olympic', 'Sport', 'Club', 'Stars', 'Hawks', 'Giants', 'Kings', 'Rockets', 'Lions', 'Tigers', 'Bears',
  'Eagles', 'Sharks', 'Wolves', 'Falcons', 'Bulls', 'Rams', 'Pirates', 'Knights', 'Warriors', 'Raiders',
  'Chiefs', 'Panthers', 'Dolphins', 'Jets', 'Red Sox', 'Blue Jays', 'Wildcats', 'Royals', 'Saints'];
const PREFIX = ['Real', 'Sporting', 'Dynamo', 'Inter', 'AC', 'FC', 'Olympique', 'Racing', 'Atletico', 'Lokomotiv',
  'Spartak', 'Union', 'Young Boys', 'Standard', 'Royal'];
const SPORTS = ['SOCCER', 'BASEBALL', 'BASKETBALL', 'ICE HOCKEY', 'CRICKET', 'RUGBY UNION', 'TENNIS', 'ATHLETICS',
  'NFL', 'NHL', 'FOOTBALL', 'GOLF', 'CYCLING'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** `commonWords`: frequent lower-case words, capitalised here as line openers that are not names (negatives). */
export function syntheticSports(rand: () => number, cities: string[], countries: string[], forenames: string[],
  surnames: string[], commonWords: string[], count: number): Tagged[] {
  const pick = <T>(a: T[]) => a[Math.floor(rand() * a.length)];
  const num = (max = 5) => String(Math.floor(rand() * (max + 1)));
  const out: Tagged[] = [];
  const ent = (s: string, type: string) => {
    const w = s.split(' ');
    return { words: w, tags: w.map((_, i) => (i ? 'I-' : 'B-') + type) };
  };
  const o = (s: string) => ({ words: s.split(' '), tags: s.split(' ').map(() => 'O') });
  const club = () => {
    const r = rand();
    if (r < 0.45) return ent(pick(cities), 'ORG');
    if (r < 0.65) return ent(`${pick(cities)} ${pick(SUFFIX)}`, 'ORG');
    if (r < 0.8) return ent(`${pick(PREFIX)} ${pick(cities)}`, 'ORG');
    return ent(pick(surnames), 'ORG'); // clubs with names of their own ("Everton"-like): only the context tells
  };
  const person = () => {
    const r = rand();
    if (r < 0.5) return ent(`${pick(forenames)} ${pick(surnames)}`, 'PER');
    if (r < 0.65) return ent(`${pick(forenames)[0]}. ${pick(surnames)}`, 'PER');
    return ent(pick(surnames), 'PER');
  };
  const date = () => `199${num(9)}-${1 + Math.floor(rand() * 9)}${num(1)}-${num(2)}${num(9)}`;
  const nation = () => ent(pick(countries), 'LOC');
  const cat = (...parts: Tagged[]): Tagged => ({ words: parts.flatMap((p) => p.words), tags: parts.flatMap((p) => p.tags) });
  const up = (t: Tagged): Tagged => ({ words: t.words.map((w) => w.toUpperCase()), tags: t.tags });
  const team = () => (rand() < 0.6 ? club() : nation());
  const templates: Array<() => Tagged> = [
    () => cat(team(), o(num()), team(), o(num())),
    () => cat(team(), o(`${num(30)} ${num(20)} ${num(10)} ${num(10)} ${num(60)} ${num(60)} ${num(60)}`)),
    // Cricket scorecards and bowling figures: lone surnames are players.
    () => cat(person(), o('c'), person(), o('b'), person(), o(num(120))),
    () => cat(person(), o('b'), person(), o(num(60))),
    () => cat(person(), o(`not out ${num(150)}`)),
    () => cat(person(), o(`${num(30)} - ${num(9)} - ${num(90)} - ${num(6)}`)),
    // Datelines (upper case, truecased like the runtime does).
    () => cat(ent(pick(cities).toUpperCase(), 'LOC'), o(date())),
    () => cat(ent(pick(cities).toUpperCase(), 'LOC'), o(','), nation(), o(date())),
    () => cat(club(), o(`${num(20)} ${num(20)} .${num(9)}${num(9)}${num(9)} ${num(9)}`)),
    () => cat(club(), o('at'), club()),
    () => cat(club(), o(`beat`), club(), o(`${num()}-${num()} on ${pick(DAYS)} .`)),
    () => cat(club(), o(`drew ${num()}-${num()} with`), club(), o('in'), ent(pick(cities), 'LOC'), o('.')),
    () => cat(person(), o('scored twice as'), club(), o('beat'), club(), o(`${num()}-${num()} .`)),
    () => cat(person(), o('('), club(), o(`) ${num(30)}`)),
    () => cat(person(), o('('), nation(), o(`) ${num(59)}.${num(9)}${num(9)}`)),
    () => cat(person(), o('('), nation(), o(') beat'), person(), o('('), nation(), o(`) 6-${num(4)} 7-${num(6)}`)),
    () => cat(nation(), o('beat'), nation(), o(`${num()}-${num()} in their World Cup qualifier in`), ent(pick(cities), 'LOC'), o('.')),
    () => up(cat(o(`${pick(SPORTS)} -`), club(), o('BEAT'), club(), o(`${num()}-${num()}`))),
    () => up(cat(o(`${pick(SPORTS)} -`), nation(), o('WIN IN'), ent(pick(cities), 'LOC'))),
    () => cat(o('Played in'), ent(pick(cities), 'LOC'), o(':'), club(), o(num()), club(), o(num())),
    () => cat(club(), o(`'s`), person(), o(`was sent off after ${num(90)} minutes .`)),
    () => cat(o(`${pick(DAYS)} 's results :`)),
    // Negatives: capitalised ordinary words opening table-like lines are not teams.
    () => { const w = pick(commonWords); return cat(o(`${w[0].toUpperCase()}${w.slice(1)} ${num(40)}-${num(9)} ${num(9)}`)); },
    () => { const w = pick(commonWords); return cat(o(`${w[0].toUpperCase()}${w.slice(1)} ${num(60)} ${num(60)}`)); },
    () => cat(o(`Group ${'ABCDEFGH'[Math.floor(rand() * 8)]}`)),
  ];
  for (let i = 0; i < count; i++) out.push(pick(templates)());
  return out;
}
