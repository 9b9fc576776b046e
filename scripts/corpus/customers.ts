/**
 * Customer files and their relationship records (visits, complaints, service requests,
 * surveys), with quoted phone numbers, valid credit codes and dates that match file names.
 */
import { dayToDate, formatId, type Random } from './random.ts';
import {
  companyName,
  DEPARTMENTS,
  INDUSTRIES,
  markdownBody,
  personName,
  REGIONS,
  sentence,
} from './text.ts';
import type { Data, GeneratedDocument, Kind, World } from './world.ts';

const CUSTOMER_STATES = { prospect: 1, new: 2, active: 12, dormant: 2, lost: 1 } as const;
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const RECORD_DIRS = {
  visit: 'visits',
  complaint: 'complaints',
  'service-request': 'service-requests',
  survey: 'surveys',
} as const;
type RecordKind = keyof typeof RECORD_DIRS;

function chars(random: Random, alphabet: string, length: number): string {
  return Array.from({ length }, () => alphabet[random.int(0, alphabet.length - 1)] ?? '0').join('');
}

function creditCode(random: Random): string {
  return `${chars(random, USCC_CHARS, 2)}${chars(random, '0123456789', 6)}${chars(random, USCC_CHARS, 10)}`;
}

/** The first contact always has a mobile number (the invalid corpus unquotes one). */
function contacts(random: Random, domain: string): Data[] {
  return Array.from({ length: random.int(1, 3) }, (_, index) => ({
    name: personName(random),
    role: random.pick(['财务经理', '信息部主管', '采购经理', 'IT manager', '总经理助理']),
    phone:
      index === 0
        ? `1${random.int(3, 9)}${chars(random, '0123456789', 9)}`
        : `0${random.int(10, 99)}-${random.int(2, 8)}${chars(random, '0123456789', 7)}`,
    email: `contact${index + 1}@${domain}`,
  }));
}

function transactions(random: Random, since: number): Data[] | undefined {
  const first = 2019 + Math.floor(since / 365);
  const years = random.int(0, 2);
  return years === 0
    ? undefined
    : Array.from({ length: years }, (_, index) => ({
        year: first + index,
        sales: random.int(10, 900),
        collection_rate: random.int(70, 100) / 100,
        price_level: random.pick(['high', 'standard', 'low']),
      }));
}

export function buildCustomer(world: World, number: number): GeneratedDocument {
  const { random } = world;
  const id = formatId('CUS-', number, 3);
  const status = random.weighted(CUSTOMER_STATES);
  const need = world.required('customer', status);
  const since = random.int(0, 2000);
  const company = companyName(random, number);
  const domain = `c${number}.example`;
  const data: Data = {
    id,
    name: company.name,
    short_name: company.short,
    status,
    stage_since: dayToDate(since + random.int(0, 300)),
    industry: random.pick(INDUSTRIES),
    region: random.pick(REGIONS),
    scale: random.pick(['small', 'medium', 'large']),
    website: random.chance(0.7) ? `https://www.${domain}` : undefined,
    account_manager: random.pick(world.staff.accountManagers),
    department: random.pick(DEPARTMENTS),
    since: dayToDate(since),
    tier: random.weighted({ A: 1, B: 3, C: 4 }),
    tier_reviewed_on: random.chance(0.6) ? dayToDate(since + random.int(30, 700)) : undefined,
    legal: { credit_code: creditCode(random), legal_representative: personName(random) },
    credit: {
      rating: random.weighted({ good: 6, fair: 3, poor: 1 }),
      payment_terms: '月结30天',
      limit: random.int(10, 300),
    },
    transactions: transactions(random, since),
    contacts: contacts(random, domain),
    onboarding: need.has('onboarding') ? onboarding(random, since) : undefined,
    tags: random.chance(0.5)
      ? random.sample(['重点客户', '工程客户', '连锁', '医药', '出口'], random.int(1, 2))
      : undefined,
  };
  world.customers.push(id);
  return {
    kind: 'customer',
    path: `content/customers/${id}/customer.md`,
    data,
    body: markdownBody(random, random.int(1000, 3000), []),
  };
}

function onboarding(random: World['random'], since: number): Data {
  return {
    licences_verified: true,
    capacity_checked: random.chance(0.8),
    reputation_checked: true,
    samples_confirmed: random.chance(0.5),
    first_contract_start: dayToDate(since + 10),
    first_contract_end: dayToDate(since + 100),
  };
}

function recordData(world: World, kind: RecordKind, date: number, by: string): Data {
  const { random } = world;
  const status = (weights: Readonly<Record<string, number>>) => random.weighted(weights);
  switch (kind) {
    case 'visit':
      return {
        date: dayToDate(date),
        type: random.pick(['scheduled', 'holiday', 'ad-hoc', 'return']),
        visited_by: [by],
        attendees: [personName(random)],
        summary: sentence(random),
        feedback: random.chance(0.5) ? sentence(random) : undefined,
        follow_up: random.chance(0.5) ? sentence(random) : undefined,
      };
    case 'complaint': {
      const state = status({ received: 1, investigating: 2, resolved: 2, closed: 5 });
      const need = world.required('complaint', state);
      return {
        date: dayToDate(date),
        status: state,
        stage_since: dayToDate(date + random.int(0, 10)),
        severity: random.pick(['minor', 'major', 'critical']),
        channel: random.pick(['phone', 'visit', 'email', 'chat', 'letter']),
        summary: sentence(random),
        handled_by: by,
        resolution: need.has('resolution') ? sentence(random) : undefined,
        resolved_on: need.has('resolved_on') ? dayToDate(date + random.int(0, 7)) : undefined,
      };
    }
    case 'service-request':
      return serviceRequestData(world, date, by);
    case 'survey':
      return surveyData(random, date, by);
  }
}

function serviceRequestData(world: World, date: number, by: string): Data {
  const { random } = world;
  const state = random.weighted({
    created: 1,
    surveyed: 1,
    approved: 1,
    'not-approved': 1,
    replied: 2,
    closed: 5,
  });
  return {
    date: dayToDate(date),
    status: state,
    stage_since: dayToDate(date + random.int(0, 10)),
    notice_type: random.pick(['Z1', 'Z2']),
    urgent: random.chance(0.2),
    paid_service: random.chance(0.3),
    summary: sentence(random),
    handled_by: by,
    reply: world.required('service-request', state).has('reply') ? sentence(random) : undefined,
  };
}

function surveyData(random: World['random'], date: number, by: string): Data {
  const score = () => random.int(1, 5);
  return {
    date: dayToDate(date),
    surveyed_by: by,
    respondent: personName(random),
    score: score(),
    scores: { quality: score(), delivery: score(), service: score() },
    comments: sentence(random),
  };
}

/** One record under a random customer; the file name is the date and who wrote it. */
export function buildRecord(world: World, taken: Set<string>): GeneratedDocument {
  const { random } = world;
  const kind = random.weighted({
    visit: 5,
    complaint: 2,
    'service-request': 2,
    survey: 1,
  } satisfies Record<RecordKind, number>);
  const customer = random.pick(world.customers);
  const by = random.pick(world.staff.all);
  const date = random.int(0, 2500);
  let stem = `${dayToDate(date)}-${by}`;
  for (let n = 2; taken.has(`${customer}/${RECORD_DIRS[kind]}/${stem}`); n++)
    stem = `${dayToDate(date)}-${by}-${n}`;
  const id = `${customer}/${RECORD_DIRS[kind]}/${stem}`;
  taken.add(id);
  if (kind === 'visit') {
    const visits = world.visitsByCustomer.get(customer) ?? [];
    visits.push(id);
    world.visitsByCustomer.set(customer, visits);
  }
  const documentKind: Kind = kind;
  return {
    kind: documentKind,
    path: `content/customers/${id}.md`,
    data: recordData(world, kind, date, by),
    body: markdownBody(random, random.int(1000, 3000), []),
  };
}
