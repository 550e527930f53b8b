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

const CO_SUFFIX = ['Inc', 'Corp', 'Group', 'Holdings', 'Bank', 'Airlines', 'AG', 'SA', 'Plc', 'Ltd', 'Co', 'NV',
  'Industries', 'Motors', 'Energy', 'Resources', 'Mining', 'Securities', 'Capital', 'Telecom'];
const INDUSTRY = ['brewer', 'bank', 'carmaker', 'airline', 'miner', 'retailer', 'insurer', 'steelmaker', 'oil company',
  'chipmaker', 'utility', 'drugmaker'];
const VERBS = ['rose', 'fell', 'climbed', 'slipped', 'jumped', 'dropped'];

/**
 * Training-time only: synthetic business-news sentences. The training news (VOA) is mostly politics, so
 * company names in financial reports ("X said its net profit rose", "shares in X fell") and news agencies
 * ("the agency X reported") were rarely seen. Company names: gazetteer companies, or surnames/city names with
 * a corporate suffix or none (only the context tells).
 */
export function syntheticBusiness(rand: () => number, companies: string[], cities: string[], countries: string[],
  forenames: string[], surnames: string[], count: number): Tagged[] {
  const pick = <T>(a: T[]) => a[Math.floor(rand() * a.length)];
  const num = (max = 50) => String(Math.floor(rand() * (max + 1)));
  const ent = (s: string, type: string): Tagged => {
    const w = s.split(' ');
    return { words: w, tags: w.map((_, i) => (i ? 'I-' : 'B-') + type) };
  };
  const o = (s: string): Tagged => ({ words: s.split(' '), tags: s.split(' ').map(() => 'O') });
  const cat = (...parts: Tagged[]): Tagged => ({ words: parts.flatMap((p) => p.words), tags: parts.flatMap((p) => p.tags) });
  const co = () => {
    const r = rand();
    if (r < 0.5) return ent(pick(companies), 'ORG');
    // Bare surnames as companies would teach the model that lone surnames are organisations: always suffixed.
    return ent(`${r < 0.8 ? pick(surnames) : pick(cities)} ${pick(CO_SUFFIX)}`, 'ORG');
  };
  const person = () => ent(`${pick(forenames)} ${pick(surnames)}`, 'PER');
  const nation = () => ent(pick(countries), 'LOC');
  const agency = () => ent(pick(surnames).toUpperCase().slice(0, 2 + Math.floor(rand() * 3)), 'ORG');
  const templates: Array<() => Tagged> = [
    () => cat(co(), o(`said on Tuesday its net profit ${pick(VERBS)} ${num()} percent in the first half .`)),
    () => cat(o(`Shares in`), co(), o(`${pick(VERBS)} ${num()} percent to ${num(400)}.${num(9)} .`)),
    () => cat(co(), o('chief executive'), person(), o('told reporters the outlook was good .')),
    () => cat(person(), o(', chairman of'), co(), o(', said demand was strong .')),
    () => cat(co(), o(', the'), nation(), o(`'s largest ${pick(INDUSTRY)} , said sales ${pick(VERBS)} .`)),
    () => cat(o('Analysts at'), co(), o(`expect earnings of ${num(5)}.${num(99)} a share .`)),
    () => cat(co(), o('agreed to buy'), co(), o(`for $ ${num(900)} million .`)),
    () => cat(o(`The`), nation(), o('unit of'), co(), o('will cut jobs .')),
    () => cat(o('the'), nation(), o('news agency'), agency(), o('reported .')),
    () => cat(agency(), o('news agency quoted'), person(), o('as saying talks would resume in'), ent(pick(cities), 'LOC'), o('.')),
    () => cat(co(), o('said it would close its plant in'), ent(pick(cities), 'LOC'), o('.')),
    () => cat(o(`${pick(VERBS)[0].toUpperCase()}${pick(VERBS).slice(1)} shares included`), co(), o(','), co(), o('and'), co(), o('.')),
  ];
  const out: Tagged[] = [];
  for (let i = 0; i < count; i++) out.push(pick(templates)());
  return out;
}
